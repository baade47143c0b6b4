import Quantity

/// Defines units from `unit` statements (the prelude's and the user's) and evaluates unit texts.
enum UnitDefiner {
    /// Adds the unit named `names[0]` (the others are aliases). Returns the new unit's index.
    static func define(names: [(String, SourceSpan)], definition: UnitDefinition, note: String?,
                       in table: inout UnitTable, session: Interpreter?) throws(Diagnostic) -> Int32 {
        let symbol = names[0].0
        let info: UnitInfo
        switch definition {
        case .base("Currency", _):
            // Each currency is money of its own, met by others only through a stated rate.
            info = UnitInfo(symbol: symbol, factor: 1, dimension: Dimension(money: 1, currency: table.nextCurrency), note: note)
        case .base(let dimension, let span):
            guard let i = Dimension.baseNames.firstIndex(of: dimension) else {
                throw Diagnostic(.unknownUnit, "unknown base dimension `\(dimension)`", at: span,
                                 help: "the base dimensions are " + Dimension.baseNames.joined(separator: ", ") + ", and Currency")
            }
            var e = [Int8](repeating: 0, count: Dimension.baseNames.count)
            e[i] = 1
            info = UnitInfo(symbol: symbol, factor: 1, dimension: Dimension(exponents: e), note: note)
        case .dimensionless:
            info = UnitInfo(symbol: symbol, factor: 1, dimension: .none, note: note)
        case .expression(let e):
            let evaluator = Evaluator(units: table, session: session)
            let value = try evaluator.eval(e).quantity
            guard value.value.isPoint, value.value.lo > 0, value.value.lo.isFinite else {
                throw Diagnostic(.value, "a unit must be defined as one positive amount, not a range or a bound", at: e.span)
            }
            info = UnitInfo(symbol: symbol, factor: value.value.lo, dimension: value.dimension, note: note)
        }
        let index = table.define(info)
        for (alias, _) in names.dropFirst() { table.alias(alias, to: index) }
        return index
    }
}

/// Evaluates the unit text of a fact (`USD/month`, `t/year`) with units alone.
enum UnitExpression {
    static func evaluate(_ text: String, units: UnitTable) throws(Diagnostic) -> Quantity {
        guard let statement = try Parser.parse(text), case .expression(let e) = statement else {
            throw Diagnostic(.syntax, "not a unit expression")
        }
        let evaluator = Evaluator(units: units, session: nil)
        let q = try evaluator.eval(e).quantity
        guard q.value.isPoint else { throw Diagnostic(.value, "a unit cannot be a range") }
        return q
    }
}
