/// Render: HTML tables and inline SVG charts for Dossier's results, shared by the HTML export
/// (`dossier export --to html`, `:export FILE.html`) and the Jupyter kernel's rich output.
///
/// The input is a `Figure`: the numbers a `:table` or `:simulate` computed (or the rows `:facts`
/// listed), which a `Session`
/// leaves in `Session.figure` after the input that made them (nil after any other input).
/// Everything returned is a fragment of HTML5 (SVG inline), self-contained: no script, no
/// stylesheet needed (charts use presentation attributes), no external resource.
///
/// The stable API (added to, never changed):
///
///     Render.figureHTML(figure, id:)    // <figure>: for a table, the table and its chart;
///                                       //           for a simulation, the histogram
///     Render.tableHTML(table, id:)      // <table> with a caption and one row per scenario
///     Render.listingHTML(listing, id:)  // <table> of a listing's text (`:facts`)
///     Render.chartSVG(table, id:)       // a line over a parameter stepping evenly (3+
///                                       //   values), else bars: one mark per row
///     Render.barChartSVG(table, id:)    // <svg>: one <rect class="bar"> per row
///     Render.lineChartSVG(table, id:)   // <svg>: one <g class="point"> per row
///     Render.histogramSVG(histogram, id:) // <svg>: <rect class="bin">s, and <line class="mark
///                                       //   p5|p50|p95|mean"> with their labels
///     Render.valueLabel(x, unit:, isRatio:) // "240 million USD"
///     Render.escape(text)               // text for HTML element content or attribute values
///
/// `id` must be unique in the page (a cell id such as `c12` serves): it prefixes the ids of the
/// chart's `<title>`, `<desc>` and fill pattern. Each mark carries `data-row` and `data-value`
/// (`data-low`/`data-high` for a range) so a test or a script can read the numbers drawn back.
/// A range is drawn solid up to its low end and hatched up to its high end; an open end ("over
/// 200 million") stops at the axis with an arrow, so no chart claims a number the text does not.
public enum Render {
    /// The figure as HTML: a `<figure>` with the table and its chart, or the histogram, and a
    /// caption; a listing as a plain `<table>`.
    public static func figureHTML(_ figure: Figure, id: String) -> String {
        switch figure {
        case .table(let table):
            return "<figure class=\"dossier-figure\" id=\"\(escape(id))-figure\">\n"
                + tableHTML(table, id: id) + chartSVG(table, id: id + "-chart")
                + "<figcaption>\(escape(table.expression)) for each value of \(escape(table.parameter))</figcaption>\n</figure>\n"
        case .histogram(let histogram):
            return "<figure class=\"dossier-figure\" id=\"\(escape(id))-figure\">\n"
                + histogramSVG(histogram, id: id + "-chart")
                + "<figcaption>\(escape(histogram.expression)): \(grouped(histogram.samples)) draws, seed \(histogram.seed)</figcaption>\n</figure>\n"
        case .listing(let listing):
            return listingHTML(listing, id: id)
        }
    }

    /// The table's chart: a line when the parameter steps evenly through at least three
    /// increasing numbers (years 1 to 5, rates 0% to 10% by 2%): a scenario over a parameter;
    /// bars otherwise (a few chosen cases: 3,000, 5,000, 10,000 troops).
    public static func chartSVG(_ table: TableFigure, id: String) -> String {
        isSeries(table) ? lineChartSVG(table, id: id) : barChartSVG(table, id: id)
    }

    /// Whether the table's parameter is a series a line can be drawn over.
    static func isSeries(_ table: TableFigure) -> Bool {
        let xs = table.rows.compactMap(\.parameterValue)
        guard xs.count == table.rows.count, xs.count >= 3, xs[1] > xs[0] else { return false }
        let step = xs[1] - xs[0]
        return zip(xs, xs.dropFirst()).allSatisfy { abs(($1 - $0) - step) <= step * 1e-9 }
    }

    /// The table as HTML: a caption naming the expression, one row per scenario, numbers right-aligned.
    public static func tableHTML(_ table: TableFigure, id: String) -> String {
        var out = "<table class=\"dossier-table\" id=\"\(escape(id))-table\" style=\"border-collapse:collapse\">\n"
        out += "<caption style=\"text-align:left;font-weight:bold\">\(escape(table.expression))</caption>\n"
        let cell = "style=\"text-align:right;padding:0.15em 0.8em;border-bottom:1px solid #ccc\""
        out += "<thead><tr><th scope=\"col\" \(cell)>\(escape(table.parameter))</th><th scope=\"col\" \(cell)>\(escape(table.expression))</th></tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr><th scope=\"row\" \(cell)>\(escape(row.label))</th><td \(cell)>\(escape(row.text))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A listing as an HTML table: a caption, the column headings, one row per entry.
    public static func listingHTML(_ listing: ListingFigure, id: String) -> String {
        let cell = "style=\"text-align:left;vertical-align:top;padding:0.15em 0.8em;border-bottom:1px solid #ccc\""
        var out = "<table class=\"dossier-listing\" id=\"\(escape(id))-table\" style=\"border-collapse:collapse\">\n"
        out += "<caption style=\"text-align:left;font-weight:bold\">\(escape(listing.title))</caption>\n<thead><tr>"
        out += listing.columns.map { "<th scope=\"col\" \(cell)>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in listing.rows {
            out += "<tr>" + row.enumerated().map { i, text in
                i == 0 ? "<th scope=\"row\" \(cell)>\(escape(text))</th>" : "<td \(cell)>\(escape(text))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Text with `& < > " '` replaced by entities: safe as element content and as a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A count with digit groups (`100,000`).
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// A number as a `data-` attribute holds it: Swift's shortest round-tripping form.
    static func data(_ x: Double) -> String { x.isFinite ? "\(x)" : (x > 0 ? "inf" : x < 0 ? "-inf" : "nan") }
}
