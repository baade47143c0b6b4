extension Render {
    /// The table as a bar chart: one `<rect class="bar">` per row, as tall as the row's value (a
    /// range: solid to its low end, then a hatched `<rect class="bar-range">` to its high end).
    public static func barChartSVG(_ table: TableFigure, id: String) -> String {
        let layout = ChartLayout()
        var canvas = SVGCanvas(width: layout.width, height: layout.height, id: id, kind: "bar-chart")
        let y = Axis(covering: table.rows.flatMap { [$0.low, $0.high] }, includeZero: true, isRatio: table.isRatio,
                     from: layout.bottom, to: layout.top)
        layout.drawValueAxis(y, unit: table.unit, isRatio: table.isRatio, on: &canvas)
        let count = max(1, table.rows.count)
        let slot = (layout.right - layout.left) / Double(count)
        let barWidth = min(60, slot * 0.6)
        let labelEvery = max(1, count / 12)
        let zero = y.position(0)
        for (i, row) in table.rows.enumerated() {
            let x = layout.left + slot * (Double(i) + 0.5) - barWidth / 2
            // The solid part reaches the end nearer zero; the hatched part the rest of the range.
            let sameSign = row.low >= 0 || row.high <= 0
            let near = !sameSign ? 0 : row.low >= 0 ? row.low : row.high
            let far = !sameSign ? row.low : row.low >= 0 ? row.high : row.low
            let nearY = y.position(near)
            canvas.add("<rect class=\"bar\" data-row=\"\(i)\" data-value=\"\(data(near))\" data-low=\"\(data(row.low))\" data-high=\"\(data(row.high))\" "
                       + "x=\"\(canvas.n(x))\" y=\"\(canvas.n(min(zero, nearY)))\" width=\"\(canvas.n(barWidth))\" height=\"\(canvas.n(abs(zero - nearY)))\" fill=\"#1f4e79\" stroke=\"#111\" stroke-width=\"0.5\"/>")
            if !row.isPoint {
                let top = !sameSign ? y.position(row.high) : y.position(far)
                let bottom = !sameSign ? y.position(row.low) : nearY
                canvas.add("<rect class=\"bar-range\" data-row=\"\(i)\" x=\"\(canvas.n(x))\" y=\"\(canvas.n(min(top, bottom)))\" width=\"\(canvas.n(barWidth))\" "
                           + "height=\"\(canvas.n(abs(bottom - top)))\" fill=\"url(#\(canvas.hatch))\" stroke=\"#111\" stroke-width=\"0.5\"/>")
                if !row.high.isFinite || !row.low.isFinite {
                    // An open end ("over …"): an arrow at the axis's end says the bar goes on.
                    let tipY = row.high.isFinite ? layout.bottom + 8 : layout.top - 8
                    let baseY = row.high.isFinite ? layout.bottom : layout.top
                    let cx = x + barWidth / 2
                    canvas.add("<path class=\"open-end\" d=\"M\(canvas.n(cx - 6)) \(canvas.n(baseY)) L\(canvas.n(cx)) \(canvas.n(tipY)) L\(canvas.n(cx + 6)) \(canvas.n(baseY)) Z\" fill=\"#111\"/>")
                }
            }
            if count <= 10 {
                let top = min(y.position(row.high), y.position(row.low), zero)
                canvas.text(shortValue(row, isRatio: table.isRatio), x: x + barWidth / 2, y: max(layout.top - 2, top - 4), size: 11)
            }
            if i % labelEvery == 0 {
                canvas.text(row.label, x: x + barWidth / 2, y: layout.bottom + 16, size: 11)
            }
        }
        canvas.line(layout.left, zero, layout.right, zero, width: 1)
        canvas.text(table.parameter, x: (layout.left + layout.right) / 2, y: layout.height - 6, size: 12, weight: "bold")
        let rows = table.rows.map { "\($0.label): \(rangeLabel($0, unit: table.unit, isRatio: table.isRatio))" }
        return canvas.svg(title: "\(table.expression) by \(table.parameter)",
                          description: "Bar chart, one bar per value of \(table.parameter). " + rows.joined(separator: "; ") + ".")
    }

    /// A row's value without its unit, for the label over its bar (`72 million`, `1.2 to 1.4 billion`).
    static func shortValue(_ row: TableRow, isRatio: Bool) -> String {
        rangeLabel(row, unit: "", isRatio: isRatio)
    }

    /// A row's value in words, with the unit: `240 million USD`, `over 200 million USD`,
    /// `600,000 to 700,000 t`.
    static func rangeLabel(_ row: TableRow, unit: String, isRatio: Bool) -> String {
        if row.isPoint { return valueLabel(row.low, unit: unit, isRatio: isRatio) }
        if !row.high.isFinite { return "over " + valueLabel(row.low, unit: unit, isRatio: isRatio) }
        if !row.low.isFinite { return "under " + valueLabel(row.high, unit: unit, isRatio: isRatio) }
        return valueLabel(row.low, unit: "", isRatio: isRatio) + " to " + valueLabel(row.high, unit: unit, isRatio: isRatio)
    }
}

/// Where a chart's plot area sits in its drawing, and the value axis every chart draws alike.
struct ChartLayout {
    let width = 640.0
    let left = 104.0
    let right = 596.0
    /// The plot's top: room above it for the unit and the labels over the marks.
    var top = 34.0
    var bottom: Double { top + 210 }
    var height: Double { bottom + 56 }

    /// Gridlines and labels at the value axis's ticks, and the unit above the axis.
    func drawValueAxis(_ y: Axis, unit: String, isRatio: Bool, on canvas: inout SVGCanvas) {
        for tick in y.ticks {
            let py = y.position(tick)
            canvas.line(left, py, right, py, stroke: "#bbb", width: 0.5, dash: "3 3")
            canvas.text(y.label(tick), x: left - 6, y: py + 4, anchor: "end", size: 11, attributes: " class=\"tick\"")
        }
        canvas.line(left, top, left, bottom, width: 1)
        let title = isRatio ? "share (%)" : unit.isEmpty ? "number" : unit
        canvas.text(title, x: left - 6, y: top - 14, anchor: "end", size: 12, weight: "bold", attributes: " class=\"axis-unit\"")
    }
}
