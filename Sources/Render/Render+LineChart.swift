extension Render {
    /// The table as a line over its numeric parameter: one `<g class="point">` per row (a dot, or
    /// for a range a whisker from low to high), joined by a line; a range's band is hatched.
    public static func lineChartSVG(_ table: TableFigure, id: String) -> String {
        let layout = ChartLayout()
        var canvas = SVGCanvas(width: layout.width, height: layout.height, id: id, kind: "line-chart")
        let y = Axis(covering: table.rows.flatMap { [$0.low, $0.high] }, includeZero: true, isRatio: table.isRatio,
                     from: layout.bottom, to: layout.top)
        layout.drawValueAxis(y, unit: table.unit, isRatio: table.isRatio, on: &canvas)
        let xs = table.rows.enumerated().map { $0.element.parameterValue ?? Double($0.offset) }
        let x = Axis(covering: xs, includeZero: false, isRatio: false, from: layout.left + 16, to: layout.right - 16)
        let points = zip(xs, table.rows).map { (px: x.position($0), low: y.position($1.low), high: y.position($1.high)) }
        let ranged = table.rows.contains { !$0.isPoint }
        if ranged {
            let band = points.map { "\(canvas.n($0.px)),\(canvas.n($0.high))" } + points.reversed().map { "\(canvas.n($0.px)),\(canvas.n($0.low))" }
            canvas.add("<polygon class=\"band\" points=\"\(band.joined(separator: " "))\" fill=\"url(#\(canvas.hatch))\" fill-opacity=\"0.5\" stroke=\"none\"/>")
            canvas.add("<polyline class=\"line-high\" points=\"\(points.map { "\(canvas.n($0.px)),\(canvas.n($0.high))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>")
        }
        canvas.add("<polyline class=\"line\" points=\"\(points.map { "\(canvas.n($0.px)),\(canvas.n($0.low))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>")
        for (i, (row, point)) in zip(table.rows, points).enumerated() {
            var mark = "<g class=\"point\" data-row=\"\(i)\" data-value=\"\(data(row.low))\" data-low=\"\(data(row.low))\" data-high=\"\(data(row.high))\">"
            if !row.isPoint {
                mark += "<line x1=\"\(canvas.n(point.px))\" y1=\"\(canvas.n(point.low))\" x2=\"\(canvas.n(point.px))\" y2=\"\(canvas.n(point.high))\" stroke=\"#111\" stroke-width=\"1.5\"/>"
                mark += "<rect x=\"\(canvas.n(point.px - 3.5))\" y=\"\(canvas.n(point.high - 3.5))\" width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"#111\"/>"
            }
            mark += "<circle cx=\"\(canvas.n(point.px))\" cy=\"\(canvas.n(point.low))\" r=\"4\" fill=\"#1f4e79\" stroke=\"#111\"/></g>"
            canvas.add(mark)
            if table.rows.count <= 10 {
                canvas.text(shortValue(row, isRatio: table.isRatio), x: point.px, y: max(layout.top - 2, min(point.low, point.high) - 8), size: 11)
            }
        }
        for tick in x.ticks {
            canvas.text(x.label(tick), x: x.position(tick), y: layout.bottom + 16, size: 11, attributes: " class=\"tick\"")
        }
        canvas.line(layout.left, layout.bottom, layout.right, layout.bottom, width: 1)
        canvas.text(table.parameter, x: (layout.left + layout.right) / 2, y: layout.height - 6, size: 12, weight: "bold")
        let legend = ranged ? " Solid line and dots: the low end of each range; dashed line and squares: the high end." : ""
        let rows = table.rows.map { "\($0.label): \(rangeLabel($0, unit: table.unit, isRatio: table.isRatio))" }
        return canvas.svg(title: "\(table.expression) over \(table.parameter)",
                          description: "Line chart, one point per value of \(table.parameter).\(legend) " + rows.joined(separator: "; ") + ".")
    }
}
