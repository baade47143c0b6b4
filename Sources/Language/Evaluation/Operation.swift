import Quantity

/// Every operator of the language, each declared once: its rule (what it makes of its operands'
/// quantities: dimension, unit, whether a ratio, and the interval-arithmetic value) and the
/// program steps that compute it. The checker (`Evaluator`) asks this table for both; the engines
/// (`IntervalEngine`, `PointEngine`, `LaneEngine`, `FormEngine`, `SlopeEngine`) know only the
/// steps, so an operator made of existing steps reaches all of them from here (docs/core.md).
enum Operation: Equatable {
    case add, subtract, multiply, divide, power, of
    case negate, percent

    /// The operator of a binary node of the syntax tree.
    init(_ op: BinaryOperator) {
        switch op {
        case .add: self = .add
        case .subtract: self = .subtract
        case .multiply: self = .multiply
        case .divide: self = .divide
        case .power: self = .power
        case .of: self = .of
        }
    }

    /// Why operands are refused.
    enum Refusal: Error {
        case quantity(QuantityError)
        /// An operator of plain numbers (`%`) given a quantity with a dimension.
        case notAPlainNumber(Dimension)
        /// Counts of two different things added or subtracted (`10 soldier + 5 worker`).
        case differentCounts(UnitProduct, UnitProduct)
    }

    /// The result of `a` and, for a binary operator, `b`: the operator's rule.
    func result(_ a: Quantity, _ b: Quantity?, units: UnitTable) throws(Refusal) -> Quantity {
        switch self {
        case .add:
            try Operation.sameCounts(a, b!)
            return try Operation.rule { () throws(QuantityError) in try a.adding(b!) }
        case .subtract:
            try Operation.sameCounts(a, b!)
            return try Operation.rule { () throws(QuantityError) in try a.subtracting(b!) }
        case .multiply: return try Operation.rule { () throws(QuantityError) in try a.multiplying(b!, in: units) }
        case .divide: return try Operation.rule { () throws(QuantityError) in try a.dividing(by: b!, in: units) }
        case .power: return try Operation.rule { () throws(QuantityError) in try a.raised(to: b!) }
        case .of:
            // `40% of 200 t` is a part of what follows `of`, so it is a share only when that is.
            var q = try Operation.rule { () throws(QuantityError) in try a.multiplying(b!, in: units) }
            q.isRatio = b!.isRatio
            return q
        case .negate:
            var q = a
            q.value = -a.value
            return q
        case .percent:
            guard a.dimension.isNone else { throw .notAPlainNumber(a.dimension) }
            var q = a
            q.value = a.value.scaled(by: 0.01)
            q.isRatio = true
            return q
        }
    }

    /// Counts of different things (`soldier`, `worker`) share the plain-number dimension but do not
    /// add up to either: the sum would carry the first one's label, a count nobody made.
    private static func sameCounts(_ a: Quantity, _ b: Quantity) throws(Refusal) {
        if a.dimension.isNone, b.dimension.isNone, !a.unit.isEmpty, !b.unit.isEmpty, a.unit != b.unit {
            throw .differentCounts(a.unit, b.unit)
        }
    }

    /// Quantity arithmetic, its errors made refusals.
    private static func rule(_ body: () throws(QuantityError) -> Quantity) throws(Refusal) -> Quantity {
        do throws(QuantityError) { return try body() } catch { throw .quantity(error) }
    }

    /// Writes the steps that compute it, after its operands' (in base units).
    func emit(_ b: Quantity?, into builder: ProgramBuilder) throws(Diagnostic) {
        switch self {
        case .add: try builder.emit(.add)
        case .subtract: try builder.emit(.subtract)
        case .multiply, .of: try builder.emit(.multiply)
        case .divide: try builder.emit(.divide)
        case .power:
            // The exponent is fixed by the check (the result's unit depends on it), so a later
            // line of the same shape cannot rerun the steps on another exponent.
            builder.notTemplatable()
            try builder.emit(.power(b!.value.lo))
        case .negate: try builder.emit(.negate)
        case .percent: try builder.emit(.scale(0.01))
        }
    }

    /// How messages name it.
    var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract, .negate: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .power: return "^"
        case .of: return "of"
        case .percent: return "%"
        }
    }
}
