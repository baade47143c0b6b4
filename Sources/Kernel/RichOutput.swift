import Render

/// A result's `text/html`, drawn by Render (the renderer the HTML export uses): for `:table` its
/// table and chart, for `:simulate` its histogram, for `:facts` its table, each followed by the
/// lines of the shell's text the figure does not hold (the provenance: `uses: ...`, `assumes:
/// ...`; a listing's count). Any other result is its text, preformatted.
enum RichOutput {
    /// The HTML for a result whose shell text is `text`; `figure` is what the input charted.
    static func html(text: String, figure: Figure?, id: String) -> String {
        guard let figure else { return pre(text) }
        let rest = remainder(of: text, after: figure)
        return Render.figureHTML(figure, id: id) + (rest.map { $0.isEmpty ? "" : pre($0) } ?? pre(text))
    }

    static func pre(_ text: String) -> String {
        "<pre class=\"dossier-output\">" + Render.escape(text) + "</pre>\n"
    }

    /// The text after the lines the figure draws (a heading, then one line per row, stat or
    /// bin), or nil when the text does not have that shape, and the whole text is shown instead.
    static func remainder(of text: String, after figure: Figure) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var drawn: Int
        switch figure {
        case .table(let table): drawn = 1 + table.rows.count
        case .histogram(let histogram):
            // The heading, mean, 5%, 50%, 95%, then the bins, with an open-ended row (`< a`,
            // `> b`) before and after them when draws fell beyond the charted range.
            drawn = 5
            if lines.count > drawn, lines[drawn].hasPrefix("  < ") { drawn += 1 }
            drawn += histogram.bins.count
            if lines.count > drawn, lines[drawn].hasPrefix("  > ") { drawn += 1 }
        case .listing(let listing): drawn = 1 + listing.rows.count
        }
        guard lines.count >= drawn else { return nil }
        let rest = lines.dropFirst(drawn)
        if case .listing = figure {} else if !rest.allSatisfy({ $0.hasPrefix("  ") }) { return nil }
        return rest.joined(separator: "\n")
    }
}
