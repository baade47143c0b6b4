/// A closed or half-open interval of real numbers, possibly unbounded on one side; a point when
/// both ends are equal. Arithmetic gives the honest worst-case bounds (interval arithmetic).
public struct Interval: Sendable, Equatable {
    /// The lower end (−∞ when unbounded below).
    public var lo: Double
    /// The upper end (+∞ when unbounded above).
    public var hi: Double
    /// Whether the lower end is excluded ("over 200 million").
    public var loOpen: Bool
    /// Whether the upper end is excluded ("under 5").
    public var hiOpen: Bool

    /// An interval from `lo` to `hi`.
    @inlinable
    public init(_ lo: Double, _ hi: Double, loOpen: Bool = false, hiOpen: Bool = false) {
        self.lo = lo
        self.hi = hi
        self.loOpen = loOpen
        self.hiOpen = hiOpen
    }

    /// A single number.
    @inlinable
    public init(point x: Double) {
        self.init(x, x)
    }

    /// A lower bound: `strict` for "over", not strict for "at least".
    public static func atLeast(_ x: Double, strict: Bool) -> Interval {
        Interval(x, .infinity, loOpen: strict, hiOpen: true)
    }

    /// An upper bound: `strict` for "under", not strict for "at most".
    public static func atMost(_ x: Double, strict: Bool) -> Interval {
        Interval(-.infinity, x, loOpen: true, hiOpen: strict)
    }

    /// Whether the interval is one number.
    @inlinable
    public var isPoint: Bool { lo == hi }
    /// Whether both ends are finite.
    public var isBounded: Bool { lo.isFinite && hi.isFinite }
    /// Whether zero lies in the interval (so dividing by it is undefined).
    @inlinable
    public var containsZero: Bool {
        (lo < 0 || (lo == 0 && !loOpen)) && (hi > 0 || (hi == 0 && !hiOpen))
    }
    /// Whether any end is NaN.
    @inlinable
    public var hasNaN: Bool { lo.isNaN || hi.isNaN }

    /// Scales by a positive or negative number.
    @inlinable
    public func scaled(by k: Double) -> Interval {
        if k >= 0 { return Interval(mul(lo, k), mul(hi, k), loOpen: loOpen, hiOpen: hiOpen) }
        return Interval(mul(hi, k), mul(lo, k), loOpen: hiOpen, hiOpen: loOpen)
    }

    /// The sum.
    @inlinable
    public static func + (a: Interval, b: Interval) -> Interval {
        if a.isPoint && b.isPoint { return Interval(point: a.lo + b.lo) }
        return Interval(a.lo + b.lo, a.hi + b.hi, loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen)
    }

    /// The difference.
    @inlinable
    public static func - (a: Interval, b: Interval) -> Interval {
        a + (-b)
    }

    /// The negation.
    @inlinable
    public static prefix func - (a: Interval) -> Interval {
        Interval(-a.hi, -a.lo, loOpen: a.hiOpen, hiOpen: a.loOpen)
    }

    /// The product: the least and greatest of the four end products, with 0 × ∞ read as 0.
    @inlinable
    public static func * (a: Interval, b: Interval) -> Interval {
        if a.isPoint && b.isPoint { return Interval(point: a.lo * b.lo) }
        if b.isPoint { return a.scaled(by: b.lo) }
        if a.isPoint { return b.scaled(by: a.lo) }
        // The four end products, without an array (this runs for every operation on a range).
        var low = (mul(a.lo, b.lo), a.loOpen || b.loOpen), high = low
        @inline(__always) func consider(_ c: (Double, Bool)) {
            if c.0 < low.0 || (c.0 == low.0 && !c.1) { low = c }
            if c.0 > high.0 || (c.0 == high.0 && !c.1) { high = c }
        }
        consider((mul(a.lo, b.hi), a.loOpen || b.hiOpen))
        consider((mul(a.hi, b.lo), a.hiOpen || b.loOpen))
        consider((mul(a.hi, b.hi), a.hiOpen || b.hiOpen))
        return Interval(low.0, high.0, loOpen: low.1, hiOpen: high.1)
    }

    /// The reciprocal; the caller must first check that the interval does not contain zero.
    @inlinable
    public var reciprocal: Interval {
        Interval(1 / hi, 1 / lo, loOpen: hiOpen, hiOpen: loOpen)
    }

    /// The quotient; the caller must first check that `b` does not contain zero.
    @inlinable
    public static func / (a: Interval, b: Interval) -> Interval {
        if a.isPoint && b.isPoint { return Interval(point: a.lo / b.lo) }
        if b.isPoint { return a.scaled(by: 1 / b.lo) }
        return a * b.reciprocal
    }

    /// The interval raised to an integer power (even powers of an interval around zero start at 0).
    public func power(_ n: Int) -> Interval {
        if n == 0 { return Interval(point: 1) }
        if n < 0 { return power(-n).reciprocal }
        let a = integerPower(lo, n), b = integerPower(hi, n)
        if isPoint { return Interval(point: a) }
        if n % 2 == 1 { return Interval(a, b, loOpen: loOpen, hiOpen: hiOpen) }
        if lo >= 0 { return Interval(a, b, loOpen: loOpen, hiOpen: hiOpen) }
        if hi <= 0 { return Interval(b, a, loOpen: hiOpen, hiOpen: loOpen) }
        return a >= b ? Interval(0, a, hiOpen: loOpen) : Interval(0, b, hiOpen: hiOpen)
    }

    /// The smallest interval holding both.
    public func hull(_ other: Interval) -> Interval {
        Interval(Swift.min(lo, other.lo), Swift.max(hi, other.hi),
                 loOpen: lo < other.lo ? loOpen : (other.lo < lo ? other.loOpen : loOpen && other.loOpen),
                 hiOpen: hi > other.hi ? hiOpen : (other.hi > hi ? other.hiOpen : hiOpen && other.hiOpen))
    }
}

/// A product in which 0 × ±∞ is 0: a bound of "at least 0" times "any amount" is still 0 at that end.
@inlinable @inline(__always)
func mul(_ x: Double, _ y: Double) -> Double {
    if x == 0 || y == 0 { return 0 }
    return x * y
}
