/// A unit as the product of powers of named units (`USD·month⁻¹`): how a quantity is displayed.
///
/// Stored inline (no heap) with room for `capacity` terms. Multiplying merges terms of the same
/// dimension into the first one (so `USD/month × year` is `USD`, and `t/year × month` is `t`).
public struct UnitProduct: Sendable, Equatable {
    /// One factor: a unit (by index in the session's `UnitTable`) and its power.
    public struct Term: Sendable, Equatable {
        /// The unit's index.
        public var unit: Int32
        /// Its power (non-zero).
        public var power: Int8
    }

    /// The most terms a product holds; beyond that the display falls back to base units.
    public static let capacity = 6
    private var storage: (Term, Term, Term, Term, Term, Term)
    /// How many terms are in use.
    public private(set) var count: Int

    /// The empty product: a pure number.
    public init() {
        let t = Term(unit: 0, power: 0)
        storage = (t, t, t, t, t, t)
        count = 0
    }

    /// One unit to the first power.
    public init(_ unit: Int32) {
        self.init()
        append(Term(unit: unit, power: 1))
    }

    /// Whether the product has no terms.
    public var isEmpty: Bool { count == 0 }

    /// The term at `i` (0 ..< count).
    public subscript(i: Int) -> Term {
        get {
            switch i {
            case 0: return storage.0
            case 1: return storage.1
            case 2: return storage.2
            case 3: return storage.3
            case 4: return storage.4
            default: return storage.5
            }
        }
        set {
            switch i {
            case 0: storage.0 = newValue
            case 1: storage.1 = newValue
            case 2: storage.2 = newValue
            case 3: storage.3 = newValue
            case 4: storage.4 = newValue
            default: storage.5 = newValue
            }
        }
    }

    /// Adds a term at the end; returns false when full.
    @discardableResult
    mutating func append(_ term: Term) -> Bool {
        guard count < UnitProduct.capacity else { return false }
        self[count] = term
        count += 1
        return true
    }

    mutating func remove(at i: Int) {
        var j = i
        while j < count - 1 { self[j] = self[j + 1]; j += 1 }
        count -= 1
    }

    public static func == (a: UnitProduct, b: UnitProduct) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    /// The dimension of the product.
    public func dimension(in table: UnitTable) -> Dimension {
        var d = Dimension.none
        for i in 0..<count {
            // Products past the exponent limit are refused where quantities are combined.
            d = d.multiplied(by: table.dimension(self[i].unit).power(Int(self[i].power)) ?? .none) ?? d
        }
        return d
    }

    /// How many base units one of this product is.
    public func factor(in table: UnitTable) -> Double {
        var f = 1.0
        for i in 0..<count {
            let t = self[i]
            f *= integerPower(table.factor(t.unit), Int(t.power))
        }
        return f
    }

    /// The product of `self` and `other` raised to `sign` (+1 multiply, −1 divide), with terms of the
    /// same dimension merged into the earlier one. Returns nil when the terms do not fit.
    public func combined(with other: UnitProduct, sign: Int8, in table: UnitTable) -> UnitProduct? {
        var out = self
        for i in 0..<other.count {
            var term = other[i]
            term.power = term.power &* sign
            guard out.merge(term, in: table) else { return nil }
        }
        return out
    }

    /// Merges one term: into a term of the same unit, else of the same dimension (the earlier unit
    /// wins), else appended.
    mutating func merge(_ term: Term, in table: UnitTable) -> Bool {
        let dim = table.dimension(term.unit)
        var match = -1
        for i in 0..<count where self[i].unit == term.unit { match = i; break }
        if match < 0 {
            for i in 0..<count where table.dimension(self[i].unit) == dim && !dim.isNone { match = i; break }
        }
        if match < 0 {
            return append(term)
        }
        let p = Int(self[match].power) + Int(term.power)
        guard p >= -100 && p <= 100 else { return false }
        if p == 0 { remove(at: match) } else { self[match].power = Int8(p) }
        return true
    }

    /// The product raised to an integer power, or nil when a power leaves range.
    public func power(_ n: Int) -> UnitProduct? {
        var out = self
        for i in 0..<count {
            let p = Int(self[i].power) * n
            guard p >= -100 && p <= 100 else { return nil }
            out[i].power = Int8(p)
        }
        if n == 0 { return UnitProduct() }
        return out
    }

    /// The product as people write it: `USD/month`, `t/year`, `USD·person/month`, `kg/(person·day)`.
    public func render(in table: UnitTable) -> String {
        if count == 1 && self[0].power == 1 { return table[self[0].unit].symbol }
        var num = "", den = ""
        var ups = 0, downs = 0
        for i in 0..<count {
            let t = self[i]
            let symbol = table[t.unit].symbol
            let m = abs(Int(t.power))
            let text = m == 1 ? symbol : "\(symbol)^\(m)"
            // A scale leads with a space, as it is read: `240 million USD`.
            if i == 0 && t.power == 1 && count > 1 && self[1].power > 0 && isScale(t.unit, in: table) {
                num = symbol + " "
                continue
            }
            if t.power > 0 {
                if ups > 0 { num += "·" }
                num += text
                ups += 1
            } else {
                if downs > 0 { den += "·" }
                den += text
                downs += 1
            }
        }
        if ups == 0 && downs == 0 { return "" }
        if ups == 0 { num = "1" }
        if downs == 0 { return num }
        return num + "/" + (downs == 1 ? den : "(" + den + ")")
    }
}

/// Whether a unit is a scale word of the prelude (`million`: dimensionless, a power of 1,000).
public func isScale(_ unit: Int32, in table: UnitTable) -> Bool {
    let f = table.factor(unit)
    return table.dimension(unit).isNone && (f == 1e3 || f == 1e6 || f == 1e9 || f == 1e12)
}

/// `x` to an integer power by repeated squaring (exact for the small powers units use).
func integerPower(_ x: Double, _ n: Int) -> Double {
    if n == 0 { return 1 }
    if n < 0 { return 1 / integerPower(x, -n) }
    var result = 1.0, base = x, e = n
    while e > 0 {
        if e & 1 == 1 { result *= base }
        base *= base
        e >>= 1
    }
    return result
}
