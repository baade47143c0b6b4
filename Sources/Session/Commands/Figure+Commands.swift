import Compute
import Language
import Quantity
import Render
import Story

// The structured results of `:table` and `:simulate` (`Session.figure`), in the display units
// their text uses, for the HTML export's and the Jupyter kernel's charts.

extension TableCommand {
    /// The table's rows as a `TableFigure`; `parameters` are the varied name's values in order.
    static func figure(name: String, expression: String, rows: [(String, Evaluated)], parameters: [Interval], session: Session) -> TableFigure {
        let units = session.state.units
        let format = QuantityFormat(significant: session.state.digits)
        let first = rows.first?.1.quantity
        let figureRows = zip(rows, parameters).map { row, parameter in
            let v = row.1.quantity.displayValue(in: units)
            return TableRow(label: row.0, parameterValue: parameter.isPoint ? parameter.lo : nil,
                            low: v.lo, high: v.hi, text: format.render(row.1.quantity, in: units))
        }
        return TableFigure(parameter: name, expression: expression, unit: first.map { $0.unit.render(in: units) } ?? "",
                           isRatio: first?.isRatio ?? false, rows: figureRows)
    }
}

extension SimulateCommand {
    /// The summary as a `HistogramFigure` (its values are already in `q`'s display unit).
    static func figure(_ s: SampleSummary, _ q: Quantity, expression: String, session: Session) -> HistogramFigure {
        HistogramFigure(expression: expression, unit: q.unit.render(in: session.state.units), isRatio: q.isRatio,
                        samples: s.count, seed: session.state.seed, mean: s.mean, p5: s.p5, p50: s.p50, p95: s.p95,
                        bins: s.bins.map { HistogramBin(low: $0.lo, high: $0.hi, count: $0.count) })
    }
}

extension SimulateCommand {
    /// The input from the expression's first token to the end, as typed. (An expression's span
    /// leaves out its outer brackets: `(8000 to 12000) * 2` would lose its first one.)
    static func text(from start: Int, of session: Session) -> String {
        let bytes = Array(session.currentInput.utf8)
        return String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self).trimmingTrailingSpaces()
    }
}

extension StoryListings {
    /// The `:facts` listing as a `ListingFigure` (nil when no fact matches), for an HTML table.
    static func factsFigure(_ story: Story, filter: StoryFactFilter, filterText: String) -> Figure? {
        let shown = story.facts.filter { filter.matches($0, in: story) }
        guard !shown.isEmpty else { return nil }
        return .listing(ListingFigure(title: filterText.isEmpty ? "Facts" : "Facts matching \(filterText)",
                                      columns: factColumns, rows: factRows(shown, story)))
    }
}
