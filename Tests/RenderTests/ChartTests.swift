import Testing
@testable import Render

/// The charts draw the numbers they are given: one mark per row, heights in proportion, the
/// percentiles where the summary puts them, labels in words.
@Suite struct ChartTests {
    /// Revenue for 3,000, 5,000, 10,000 and 12,000 soldiers at 2,000 USD/month for a year
    /// (worked by hand: 72, 120, 240 and 288 million USD).
    static let troops = TableFigure(parameter: "troops", expression: "revenue(troops, soldier_pay, 1 year)", unit: "USD", rows: [
        TableRow(label: "3,000", parameterValue: nil, low: 72e6, high: 72e6, text: "72,000,000 USD"),
        TableRow(label: "5,000", parameterValue: nil, low: 120e6, high: 120e6, text: "120,000,000 USD"),
        TableRow(label: "10,000", parameterValue: nil, low: 240e6, high: 240e6, text: "240,000,000 USD"),
        TableRow(label: "12,000", parameterValue: nil, low: 288e6, high: 288e6, text: "288,000,000 USD"),
    ])

    @Test func oneBarPerRowWithHeightsInProportion() {
        let svg = Render.barChartSVG(Self.troops, id: "t")
        let bars = SVGScan.elements("rect", class: "bar", in: svg)
        #expect(bars.count == 4)
        let heights = bars.map { Double($0["height"]!)! }
        // 72 : 120 : 240 : 288 million, to the drawing's 0.01 rounding.
        for (h, v) in zip(heights, [72.0, 120, 240, 288]) {
            #expect(abs(h / heights[3] - v / 288) < 0.001, "\(h) for \(v)")
        }
        #expect(svg.contains("<title id=\"t-title\">revenue(troops, soldier_pay, 1 year) by troops</title>"))
        #expect(svg.contains("3,000: 72 million USD; 5,000: 120 million USD"))
        #expect(svg.contains(">288 million</text>"))
        #expect(svg.contains(">USD</text>"))
    }

    @Test func aRangeIsSolidToItsLowEndAndHatchedToItsHighEnd() {
        let table = TableFigure(parameter: "need", expression: "coverage", unit: "", isRatio: true, rows: [
            TableRow(label: "5 Mt", parameterValue: 5, low: 0.4, high: 0.5, text: "0.4 to 0.5"),
            TableRow(label: "6 Mt", parameterValue: 6, low: 0.2, high: 0.25, text: "0.2 to 0.25"),
        ])
        let svg = Render.barChartSVG(table, id: "r")
        let solid = SVGScan.elements("rect", class: "bar", in: svg).map { Double($0["height"]!)! }
        let hatched = SVGScan.elements("rect", class: "bar-range", in: svg).map { Double($0["height"]!)! }
        #expect(abs(solid[0] / solid[1] - 2) < 0.001)
        #expect(abs(hatched[0] / solid[0] - 0.25) < 0.001)
        #expect(svg.contains(">40% to 50%</text>"))
    }

    @Test func anOpenEndGetsAnArrowNotANumber() {
        let table = TableFigure(parameter: "x", expression: "claim", unit: "USD/year", rows: [
            TableRow(label: "1", parameterValue: 1, low: 200e6, high: .infinity, text: "over 200,000,000 USD/year"),
        ])
        let svg = Render.barChartSVG(table, id: "o")
        #expect(svg.contains("class=\"open-end\""))
        #expect(svg.contains("1: over 200 million USD/year"))
        // Drawn to the top of the axis, not to infinity: every coordinate is a finite number.
        for rect in SVGScan.elements("rect", class: "bar-range", in: svg) + SVGScan.elements("rect", class: "bar", in: svg) {
            #expect(["x", "y", "width", "height"].allSatisfy { Double(rect[$0]!)!.isFinite })
        }
        #expect(SVGScan.elements("rect", class: "bar", in: svg)[0]["data-high"] == "inf")
    }

    @Test func aNumericSeriesIsALine() {
        let years = TableFigure(parameter: "y", expression: "project(per_year, y, 5%)", unit: "USD", rows: (1...5).map {
            TableRow(label: "\($0)", parameterValue: Double($0), low: Double($0) * 1e8, high: Double($0) * 1e8, text: "")
        })
        let svg = Render.chartSVG(years, id: "y")
        #expect(svg.contains("class=\"dossier-chart line-chart\""))
        #expect(SVGScan.elements("g", class: "point", in: svg).count == 5)
        #expect(Render.chartSVG(Self.troops, id: "b").contains("class=\"dossier-chart bar-chart\""))
        // Chosen cases, not an even series: bars.
        var uneven = years
        uneven.rows[4].parameterValue = 12
        #expect(Render.chartSVG(uneven, id: "u").contains("class=\"dossier-chart bar-chart\""))
    }

    @Test func theHistogramMarksItsPercentilesAndMean() {
        let h = HistogramFigure(expression: "x", unit: "USD", samples: 100, seed: 42, mean: 236.2e6, p5: 186.6e6, p50: 234e6, p95: 293.4e6,
                                bins: [HistogramBin(low: 150e6, high: 200e6, count: 20), HistogramBin(low: 200e6, high: 250e6, count: 50),
                                       HistogramBin(low: 250e6, high: 320e6, count: 30)])
        let svg = Render.histogramSVG(h, id: "h")
        #expect(SVGScan.elements("rect", class: "bin", in: svg).count == 3)
        for mark in ["p5", "p50", "p95", "mean"] {
            #expect(SVGScan.elements("line", class: "mark \(mark)", in: svg).count == 1, "\(mark)")
        }
        // The marks sit in order along the axis.
        let xs = ["p5", "p50", "mean", "p95"].map { Double(SVGScan.elements("line", class: "mark \($0)", in: svg)[0]["x1"]!)! }
        #expect(xs == xs.sorted())
        #expect(svg.contains(">5%: 186.6 million</text>"))
        #expect(svg.contains("Mean 236.2 million USD; 5th percentile 186.6 million USD"))
        // Bin heights follow the counts: 20 : 50 : 30.
        let heights = SVGScan.elements("rect", class: "bin", in: svg).map { Double($0["height"]!)! }
        #expect(abs(heights[0] / heights[1] - 0.4) < 0.001 && abs(heights[2] / heights[1] - 0.6) < 0.001)
    }

    @Test func axisTicksAreRoundAndLabelledInWords() {
        #expect(Axis.niceStep(57.6e6) == 1e8 && Axis.niceStep(0.3) == 0.5 && Axis.niceStep(12) == 20 && Axis.niceStep(1) == 1)
        let axis = Axis(covering: [72e6, 288e6], includeZero: true, isRatio: false, from: 0, to: 100)
        #expect(axis.ticks == [0, 1e8, 2e8, 3e8])
        #expect(axis.ticks.map(axis.label) == ["0", "100 million", "200 million", "300 million"])
        #expect(Render.valueLabel(240e6, unit: "USD") == "240 million USD")
        #expect(Render.valueLabel(800, unit: "USD/month") == "800 USD/month")
        #expect(Render.valueLabel(0.46667, unit: "", isRatio: true) == "46.67%")
    }

    @Test func textIsEscapedEverywhere() {
        let table = TableFigure(parameter: "<a>", expression: "x & \"y\"", unit: "'u'", rows: [
            TableRow(label: "<b>", parameterValue: nil, low: 1, high: 1, text: "1 'u'"),
        ])
        let html = Render.figureHTML(.table(table), id: "e")
        #expect(!html.contains("<a>") && !html.contains("<b>") && !html.contains("x & "))
        #expect(html.contains("&lt;a&gt;") && html.contains("x &amp; &quot;y&quot;"))
        #expect(Render.coordinate(12.345) == "12.35" && Render.coordinate(-0.5) == "-0.5" && Render.coordinate(3) == "3" && Render.coordinate(1.05) == "1.05")
    }

    @Test func aListingIsATableWithRowHeadings() {
        let html = Render.figureHTML(.listing(ListingFigure(title: "Facts", columns: ["id", "value"], rows: [["soldier_pay", "2,000 <USD>"]])), id: "f")
        #expect(html.hasPrefix("<table class=\"dossier-listing\" id=\"f-table\""))
        #expect(html.contains("<caption style=\"text-align:left;font-weight:bold\">Facts</caption>"))
        #expect(html.contains(">soldier_pay</th><td") && html.contains(">2,000 &lt;USD&gt;</td></tr>"))
    }
}
