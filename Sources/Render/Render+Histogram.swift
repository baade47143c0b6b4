extension Render {
    /// A simulation's histogram: one `<rect class="bin">` per bin, and a labelled vertical
    /// `<line class="mark …">` at the 5th, 50th and 95th percentiles (dashed) and the mean (solid).
    public static func histogramSVG(_ h: HistogramFigure, id: String) -> String {
        // Four rows of labels over the plot, one per mark, so close marks (a median beside the
        // mean) do not overwrite each other.
        let layout = ChartLayout(top: 64)
        var canvas = SVGCanvas(width: layout.width, height: layout.height, id: id, kind: "histogram")
        let edges = h.bins.flatMap { [$0.low, $0.high] } + [h.p5, h.p95, h.mean]
        let x = Axis(covering: edges, includeZero: false, isRatio: h.isRatio, from: layout.left, to: layout.right)
        let most = Double(h.bins.map(\.count).max() ?? 1)
        let y = Axis(covering: [0, most / Double(max(1, h.samples)) * 100], includeZero: true, isRatio: false, from: layout.bottom, to: layout.top)
        for tick in y.ticks {
            let py = y.position(tick)
            canvas.line(layout.left, py, layout.right, py, stroke: "#bbb", width: 0.5, dash: "3 3")
            canvas.text(y.label(tick) + "%", x: layout.left - 6, y: py + 4, anchor: "end", size: 11, attributes: " class=\"tick\"")
        }
        canvas.text("share of draws", x: -(layout.top + layout.bottom) / 2, y: 16, size: 12, weight: "bold", attributes: " transform=\"rotate(-90)\"")
        for (i, bin) in h.bins.enumerated() {
            let share = Double(bin.count) / Double(max(1, h.samples)) * 100
            let x0 = x.position(bin.low), x1 = x.position(bin.high), top = y.position(share)
            canvas.add("<rect class=\"bin\" data-row=\"\(i)\" data-value=\"\(bin.count)\" data-low=\"\(data(bin.low))\" data-high=\"\(data(bin.high))\" "
                       + "x=\"\(canvas.n(x0))\" y=\"\(canvas.n(top))\" width=\"\(canvas.n(max(0, x1 - x0)))\" height=\"\(canvas.n(layout.bottom - top))\" fill=\"#c9d6e3\" stroke=\"#111\" stroke-width=\"0.5\"/>")
        }
        // Labels are staggered in height so neighbouring marks do not overwrite each other.
        let marks: [(String, String, Double, String?)] = [("p5", "5%", h.p5, "4 3"), ("p50", "50%", h.p50, "4 3"), ("mean", "mean", h.mean, nil), ("p95", "95%", h.p95, "4 3")]
        for (i, mark) in marks.enumerated() {
            let px = x.position(mark.2)
            canvas.line(px, layout.top, px, layout.bottom, width: mark.0 == "mean" ? 2 : 1.5, dash: mark.3,
                        attributes: " class=\"mark \(mark.0)\" data-value=\"\(data(mark.2))\"")
            canvas.line(px, layout.top - 48 + Double(i) * 12, px, layout.top, stroke: "#777", width: 0.5)
            let anchor = px < layout.left + 60 ? "start" : px > layout.right - 60 ? "end" : "middle"
            canvas.text("\(mark.1): \(valueLabel(mark.2, unit: "", isRatio: h.isRatio))", x: px, y: layout.top - 50 + Double(i) * 12, anchor: anchor, size: 10,
                        weight: mark.0 == "mean" ? "bold" : nil, attributes: " class=\"mark-label \(mark.0)\"")
        }
        let labelEvery = max(1, x.ticks.count / 6)
        for (i, tick) in x.ticks.enumerated() where i % labelEvery == 0 {
            canvas.text(x.label(tick), x: x.position(tick), y: layout.bottom + 16, size: 11, attributes: " class=\"tick\"")
        }
        canvas.line(layout.left, layout.bottom, layout.right, layout.bottom, width: 1)
        canvas.line(layout.left, layout.top, layout.left, layout.bottom, width: 1)
        canvas.text(h.isRatio ? "share (%)" : h.unit.isEmpty ? "value" : h.unit, x: (layout.left + layout.right) / 2, y: layout.height - 6, size: 12, weight: "bold")
        let u = h.unit
        return canvas.svg(
            title: "Simulated distribution of \(h.expression)",
            description: "Histogram of \(grouped(h.samples)) draws (seed \(h.seed)). Mean \(valueLabel(h.mean, unit: u, isRatio: h.isRatio)); "
                + "5th percentile \(valueLabel(h.p5, unit: u, isRatio: h.isRatio)); median \(valueLabel(h.p50, unit: u, isRatio: h.isRatio)); "
                + "95th percentile \(valueLabel(h.p95, unit: u, isRatio: h.isRatio)). Dashed lines mark the percentiles, the solid line the mean.")
    }
}
