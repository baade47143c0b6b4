/// Builds one inline `<svg>` element: a labelled image (`role="img"`, `<title>`, `<desc>`) whose
/// drawing uses presentation attributes only, so it looks the same without any stylesheet (in a
/// Jupyter cell as in the exported page) and stays readable in black and white.
struct SVGCanvas {
    /// The drawing's size in user units; the element scales to its container's width.
    let width: Double
    let height: Double
    /// Unique within the page: prefixes the title's, description's and patterns' ids.
    let id: String
    /// The chart's kind, as a class (`bar-chart`, `line-chart`, `histogram`).
    let kind: String
    /// The elements drawn so far.
    private(set) var body = ""

    init(width: Double, height: Double, id: String, kind: String) {
        self.width = width
        self.height = height
        self.id = id
        self.kind = kind
    }

    /// Appends raw SVG markup (already escaped).
    mutating func add(_ markup: String) {
        body += markup
        body += "\n"
    }

    /// A text label; `anchor` is start, middle or end.
    mutating func text(_ s: String, x: Double, y: Double, anchor: String = "middle", size: Double = 12, weight: String? = nil, attributes: String = "") {
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        add("<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\"\(bold) fill=\"#111\"\(attributes)>\(Render.escape(s))</text>")
    }

    /// A straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#111", width: Double = 1, dash: String? = nil, attributes: String = "") {
        let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        add("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashed)\(attributes)/>")
    }

    /// The id of the diagonal hatching used for "the uncertain part of a range".
    var hatch: String { "\(id)-hatch" }

    /// The finished element. `title` names the chart; `description` says what it shows in words.
    func svg(title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="dossier-chart \(kind)" id="\(id)" viewBox="0 0 \(n(width)) \(n(height))" \
        width="\(n(width))" height="\(n(height))" style="max-width:100%;height:auto" role="img" aria-labelledby="\(id)-title \(id)-desc" \
        font-family="Helvetica, Arial, sans-serif">
        <title id="\(id)-title">\(Render.escape(title))</title>
        <desc id="\(id)-desc">\(Render.escape(description))</desc>
        <defs><pattern id="\(hatch)" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1f4e79" stroke-width="2.5"/></pattern></defs>
        \(body)</svg>
        """
    }

    /// A coordinate with at most two decimals, trailing zeros dropped (short, stable output).
    func n(_ x: Double) -> String { Render.coordinate(x) }
}

extension Render {
    /// A coordinate written with at most two decimals (`12`, `12.5`, `12.35`).
    static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = (x * 100).rounded()
        let whole = Int(hundredths / 100)
        var fraction = Int(abs(hundredths).truncatingRemainder(dividingBy: 100))
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        if fraction % 10 == 0 { fraction /= 10; digits = "\(fraction)" }
        return "\(sign)\(whole).\(digits)"
    }
}
