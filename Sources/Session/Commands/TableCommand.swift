import Language
import Quantity

/// `:table NAME in V1, V2, …: EXPR` — one expression over scenarios, with a bar chart.
enum TableCommand {
    static let spec = CommandSpec(
        name: "table", usage: "NAME in V1, V2, ...: EXPR", summary: "evaluate an expression for several values (scenarios)", help: """
        :table NAME in V1, V2, ...: EXPR
          Evaluates EXPR once for each value of NAME and prints a table with a bar chart (a range
          draws its low end solid and the rest shaded). Up to 200 rows. Examples:
            :table troops in 5000, 10000, 20000: revenue(troops, soldier_pay, 1 year)
            :table y in 1, 2, 3, 4, 5: project(240 million USD/year, y, 5%)
        """
    ) { session, arguments, offset throws(Diagnostic) in
        guard let result = try Parser.parseTail(session.currentInput, from: offset, { (p: inout Parser) throws(Diagnostic) -> CommandResult in
            try run(&p, session)
        }) else { return .incomplete }
        return result
    }

    static let maxRows = 200

    static func run(_ p: inout Parser, _ session: Session) throws(Diagnostic) -> CommandResult {
        let nameToken = try p.expect(.identifier, "the name to vary (`:table NAME in V1, V2: EXPR`)")
        let name = p.text(nameToken.span)
        _ = try p.expect(.keywordIn, "`in` and the values")
        var values: [Expr] = []
        repeat {
            values.append(try p.expr().0)
            if values.count > maxRows {
                throw Diagnostic(.limit, "a table has at most \(maxRows) rows", at: values.last!.span)
            }
        } while p.current.kind == .comma && p.advance().kind == .comma
        _ = try p.expect(.colon, "`,` and another value, or `:` and the expression")
        let expressionStart = p.current.span.start
        let (e, _) = try p.expr()
        try p.expectEnd()

        var evaluator = Evaluator(units: session.state.units, session: session)
        var rows: [(String, Evaluated)] = []
        var provenance = Provenance.none
        var parameters: [Interval] = []
        for v in values {
            if session.options.isInterrupted() { throw Diagnostic(.interrupted, "the table was interrupted (Ctrl-C)") }
            let value = try evaluator.eval(v)
            evaluator.bind(name, to: value)
            let result = try evaluator.eval(e)
            rows.append((QuantityFormat(significant: session.state.digits).render(value.quantity, in: session.state.units), result))
            parameters.append(value.quantity.displayValue(in: session.state.units))
            provenance = provenance.union(result.provenance).union(value.provenance)
        }
        let note = rows.contains { $0.1.mayBeWider } ? "\n" + Session.mayBeWiderNote : ""
        session.lastFigure = .table(figure(name: name, expression: SimulateCommand.text(from: expressionStart, of: session), rows: rows, parameters: parameters, session: session))
        return .text(render(name: name, expression: session.text(of: e.span, in: session.currentInput), rows: rows, session: session)
                     + note + session.provenanceLines(provenance))
    }

    static func render(name: String, expression: String, rows: [(String, Evaluated)], session: Session) -> String {
        let format = QuantityFormat(significant: session.state.digits)
        let units = session.state.units
        let texts = rows.map { format.render($0.1.quantity, in: units) }
        let leftWidth = max(name.count, rows.map { $0.0.count }.max() ?? 0)
        let valueWidth = max(expression.count, texts.map(\.count).max() ?? 0)
        let ends = rows.map { $0.1.quantity.displayValue(in: units) }
        let finite = ends.flatMap { [$0.lo, $0.hi] }.filter(\.isFinite)
        let scale = finite.map(abs).max() ?? 0
        let barWidth = 30
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var lines = [pad(name, leftWidth) + "  " + expression]
        for (i, row) in rows.enumerated() {
            var line = pad(row.0, leftWidth) + "  " + pad(texts[i], valueWidth)
            let v = ends[i]
            if scale > 0, v.lo.isFinite, v.hi.isFinite, v.lo >= 0 {
                let solid = Int((v.lo / scale * Double(barWidth)).rounded())
                let total = Int((v.hi / scale * Double(barWidth)).rounded())
                line += "  " + String(repeating: "█", count: solid) + String(repeating: "░", count: max(0, total - solid))
            }
            lines.append(line)
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    /// Drops trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
