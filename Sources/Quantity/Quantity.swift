/// An amount with a dimension: a number or interval (held in base units), the unit it is shown
/// in, and whether it is a ratio of like quantities (shown as a percentage too).
public struct Quantity: Sendable, Equatable {
    /// The amount in base units (USD, kg, second, metre).
    public var value: Interval
    /// The unit the amount is displayed in.
    public var unit: UnitProduct
    /// The dimension (kept beside the unit so arithmetic need not recompute it).
    public var dimension: Dimension
    /// Whether this is a dimensionless ratio of like quantities (or a percentage), shown as a percent.
    public var isRatio: Bool

    /// Creates a quantity from an amount in base units.
    public init(_ value: Interval, unit: UnitProduct = UnitProduct(), dimension: Dimension = .none, isRatio: Bool = false) {
        self.value = value
        self.unit = unit
        self.dimension = dimension
        self.isRatio = isRatio
    }

    /// A plain number.
    public init(number: Double) {
        self.init(Interval(point: number))
    }

    /// One of a unit.
    public init(unit index: Int32, in table: UnitTable) {
        self.init(Interval(point: table.factor(index)), unit: UnitProduct(index), dimension: table.dimension(index))
    }

    /// The amount in the display unit.
    public func displayValue(in table: UnitTable) -> Interval {
        let f = unit.factor(in: table)
        return f == 1 ? value : value.scaled(by: 1 / f)
    }

    /// The sum; the dimensions must agree. The result is shown in the left operand's unit.
    public func adding(_ other: Quantity) throws(QuantityError) -> Quantity {
        guard dimension == other.dimension else { throw mismatch(other, "add") }
        return try Quantity(value + other.value, unit: unit, dimension: dimension, isRatio: isRatio || other.isRatio).checked()
    }

    /// The difference; the dimensions must agree.
    public func subtracting(_ other: Quantity) throws(QuantityError) -> Quantity {
        guard dimension == other.dimension else { throw mismatch(other, "subtract") }
        return try Quantity(value - other.value, unit: unit, dimension: dimension, isRatio: isRatio || other.isRatio).checked()
    }

    /// The product, with units merged (`USD/month × month` is `USD`).
    public func multiplying(_ other: Quantity, in table: UnitTable) throws(QuantityError) -> Quantity {
        try combine(other, sign: 1, value: value * other.value, in: table)
    }

    /// The quotient; dividing by zero or by an interval containing zero is an error.
    public func dividing(by other: Quantity, in table: UnitTable) throws(QuantityError) -> Quantity {
        guard !other.value.containsZero else {
            throw other.value.isPoint ? .divisionByZero : .divisionByIntervalContainingZero
        }
        return try combine(other, sign: -1, value: value / other.value, in: table)
    }

    private func combine(_ other: Quantity, sign: Int8, value v: Interval, in table: UnitTable) throws(QuantityError) -> Quantity {
        if dimension.isOtherCurrency(than: other.dimension) { throw .currencyMismatch(dimension, other.dimension) }
        guard let dim = sign > 0 ? dimension.multiplied(by: other.dimension) : dimension.divided(by: other.dimension) else { throw .unitTooComplex }
        guard var u = unit.combined(with: other.unit, sign: sign, in: table) else { throw .unitTooComplex }
        // A dimensionless result keeps only dimensionless units (person/person cancels already).
        if dim.isNone && u.dimension(in: table) != dim { u = UnitProduct() }
        // A ratio of like quantities is shown as a percentage too: money to money, and counts of
        // one label (`10 soldier / 20 soldier`) whose labels cancel; a product is one only when a
        // share is in it (`2 * 3%`). A count left with a label (`10 soldier/month * 2 month`) is none.
        let labelsCancel = sign < 0 && !unit.isEmpty && !other.unit.isEmpty && u.isEmpty
        let ratio = dim.isNone && u.isEmpty
            && (isRatio || other.isRatio || (sign < 0 && (!dimension.isNone || !other.dimension.isNone || labelsCancel)))
        return try Quantity(v, unit: u, dimension: dim, isRatio: ratio).checked()
    }

    /// The quantity raised to a dimensionless point power; with a dimension, the power must be a
    /// whole number.
    public func raised(to exponent: Quantity) throws(QuantityError) -> Quantity {
        guard exponent.dimension.isNone else { throw .exponentHasDimension(exponent.dimension) }
        guard exponent.value.isPoint else { throw .exponentIsInterval }
        let e = exponent.value.lo
        if let n = Int(exactly: e), abs(n) <= 10_000 {
            if n < 0 && value.containsZero { throw value.isPoint ? .divisionByZero : .divisionByIntervalContainingZero }
            guard let u = unit.power(n), let d = dimension.power(n) else { throw .unitTooComplex }
            return try Quantity(value.power(n), unit: u, dimension: d, isRatio: isRatio && n == 1).checked()
        }
        guard dimension.isNone else { throw .fractionalPowerOfDimension(dimension) }
        guard value.lo >= 0 else { throw .negativeBaseFractionalPower }
        let a = pow(value.lo, e), b = pow(value.hi, e)
        return try Quantity(Interval(min(a, b), max(a, b)), isRatio: false).checked()
    }

    /// The same amount shown in the unit of `target` (which must have the same dimension).
    public func converted(to target: Quantity, in table: UnitTable) throws(QuantityError) -> Quantity {
        guard dimension == target.dimension else { throw mismatch(target, "convert") }
        return Quantity(value, unit: target.unit, dimension: dimension, isRatio: isRatio)
    }

    /// The error for two dimensions that differ: two currencies, or two dimensions.
    func mismatch(_ other: Quantity, _ operation: String) -> QuantityError {
        if dimension.isOtherCurrency(than: other.dimension), dimension.inCurrency(other.dimension.currency) == other.dimension {
            return .currencyMismatch(dimension, other.dimension)
        }
        return .dimensionMismatch(dimension, other.dimension, operation: operation)
    }

    /// Throws when arithmetic overflowed to infinity or produced NaN from finite inputs.
    func checked() throws(QuantityError) -> Quantity {
        if let error = Quantity.problem(with: value) { throw error }
        return self
    }

    /// Why an arithmetic result cannot stand (NaN, or an overflow to infinity), or nil when it can.
    public static func problem(with value: Interval) -> QuantityError? {
        if isSound(value) { return nil }
        return value.hasNaN ? .undefined : .overflow
    }

    /// Whether an arithmetic result can stand: no NaN, and infinite only at an open bound ("over
    /// 200 million" has hi = +∞, open).
    @inlinable
    public static func isSound(_ value: Interval) -> Bool {
        !(value.hasNaN || value.lo == .infinity || value.hi == -.infinity
            || (value.lo == -.infinity && !value.loOpen) || (value.hi == .infinity && !value.hiOpen))
    }

    /// Checks a literal or definition for overflow (`1e400`).
    public static func checkedLiteral(_ x: Double) throws(QuantityError) -> Quantity {
        guard x.isFinite else { throw .overflow }
        return Quantity(number: x)
    }
}

/// Why arithmetic on quantities failed. The Language layer turns these into diagnostics with spans.
public enum QuantityError: Error, Sendable, Equatable {
    /// Two dimensions that must agree do not (`operation` is "add", "subtract", "convert", "compare").
    case dimensionMismatch(Dimension, Dimension, operation: String)
    /// Two currencies combined or converted without a rate (the Language layer applies a stated one).
    case currencyMismatch(Dimension, Dimension)
    /// Division by zero.
    case divisionByZero
    /// Division by an interval that contains zero.
    case divisionByIntervalContainingZero
    /// A result beyond the range of a double.
    case overflow
    /// A result that is not a number (∞ − ∞).
    case undefined
    /// More distinct unit factors than a product holds, or a power out of range.
    case unitTooComplex
    /// An exponent with a dimension (`2 ^ (3 kg)`).
    case exponentHasDimension(Dimension)
    /// An exponent that is an interval.
    case exponentIsInterval
    /// A fractional power of a quantity with a dimension.
    case fractionalPowerOfDimension(Dimension)
    /// A fractional power of a negative number.
    case negativeBaseFractionalPower
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
