/// A physical dimension as exponents of Dossier's base dimensions: money, mass, time, length.
///
/// Each currency is money of its own: `currency` says which (0 is USD, the others are numbered as
/// the prelude defines them), so USD and KRW never add without a stated rate. A quantity whose
/// money exponent is 0 has currency 0. Counts (people, troops) are dimensionless. Exponents are small integers; a product or quotient
/// of quantities adds or subtracts them.
public struct Dimension: Sendable, Hashable {
    /// Exponents of money, mass, time, length and temperature, in that order.
    public var money: Int8, mass: Int8, time: Int8, length: Int8, temperature: Int8
    /// Which currency the money is in, when `money` is not 0.
    public var currency: UInt8

    /// Creates a dimension from its exponents.
    public init(money: Int8 = 0, mass: Int8 = 0, time: Int8 = 0, length: Int8 = 0, temperature: Int8 = 0, currency: UInt8 = 0) {
        self.money = money
        self.mass = mass
        self.time = time
        self.length = length
        self.temperature = temperature
        self.currency = money == 0 ? 0 : currency
    }

    /// No dimension: a pure number.
    public static let none = Dimension()
    /// Money (USD).
    public static let money = Dimension(money: 1)
    /// Mass (kg).
    public static let mass = Dimension(mass: 1)
    /// Time (second).
    public static let time = Dimension(time: 1)
    /// Length (metre).
    public static let length = Dimension(length: 1)
    /// Temperature (degree Celsius).
    public static let temperature = Dimension(temperature: 1)

    /// Whether this is the dimension of a pure number.
    public var isNone: Bool { money == 0 && mass == 0 && time == 0 && length == 0 && temperature == 0 }

    /// The base dimension names, in exponent order.
    public static let baseNames = ["Money", "Mass", "Time", "Length", "Temperature"]

    /// The exponents in `baseNames`' order.
    public var exponents: [Int8] { [money, mass, time, length, temperature] }

    /// A dimension from its exponents in `baseNames`' order.
    public init(exponents e: [Int8], currency: UInt8 = 0) {
        self.init(money: e[0], mass: e[1], time: e[2], length: e[3], temperature: e[4], currency: currency)
    }

    /// Whether both hold money, in two different currencies (they meet only through a rate).
    public func isOtherCurrency(than other: Dimension) -> Bool {
        money != 0 && other.money != 0 && currency != other.currency
    }

    /// This dimension with its money in currency `c`.
    public func inCurrency(_ c: UInt8) -> Dimension {
        Dimension(money: money, mass: mass, time: time, length: length, temperature: temperature, currency: c)
    }

    /// The largest exponent a dimension may have (`Mass^100`); beyond it arithmetic is refused
    /// rather than wrapped around.
    public static let maxExponent = 100

    /// The dimension of a product, or nil when an exponent would pass `maxExponent` (of one
    /// currency: `Quantity` and the checker refuse two first).
    public func multiplied(by b: Dimension) -> Dimension? {
        combined(b, sign: 1)
    }

    /// The dimension of a quotient, or nil when an exponent would pass `maxExponent`.
    public func divided(by b: Dimension) -> Dimension? {
        combined(b, sign: -1)
    }

    private func combined(_ b: Dimension, sign: Int) -> Dimension? {
        var out: [Int8] = []
        for (x, y) in zip(exponents, b.exponents) {
            let e = Int(x) + sign * Int(y)
            guard abs(e) <= Dimension.maxExponent else { return nil }
            out.append(Int8(e))
        }
        return Dimension(exponents: out, currency: money != 0 ? currency : b.currency)
    }

    /// The dimension raised to an integer power, or nil when an exponent would leave Int8's range.
    public func power(_ n: Int) -> Dimension? {
        var out: [Int8] = []
        for e in exponents {
            let p = Int(e) * n
            guard abs(p) <= Dimension.maxExponent else { return nil }
            out.append(Int8(p))
        }
        return Dimension(exponents: out, currency: currency)
    }

    /// A readable name: "Money", "Mass/Time", "Money/(Mass·Time)", "dimensionless".
    public var name: String {
        if isNone { return "dimensionless" }
        var up: [String] = [], down: [String] = []
        for (i, e) in exponents.enumerated() where e != 0 {
            let base = Dimension.baseNames[i]
            let m = abs(Int(e))
            let term = m == 1 ? base : "\(base)^\(m)"
            if e > 0 { up.append(term) } else { down.append(term) }
        }
        let num = up.isEmpty ? "1" : up.joined(separator: "·")
        if down.isEmpty { return num }
        let den = down.count == 1 ? down[0] : "(" + down.joined(separator: "·") + ")"
        return num + "/" + den
    }

    /// A phrase for messages: "a mass", "a time", "an amount of money", "a rate of Mass/Time".
    public var phrase: String {
        switch self {
        case .none: return "a plain number"
        case .money, Dimension(money: 1, currency: currency): return "an amount of money"
        case .mass: return "a mass"
        case .time: return "a time"
        case .length: return "a length"
        case .temperature: return "a temperature"
        default: return "a quantity of \(name)"
        }
    }

    /// The phrase with the dimension's name when the phrase does not already say it:
    /// "a mass (Mass)", "a quantity of Money/Time".
    public var described: String {
        phrase.contains(name) ? phrase : "\(phrase) (\(name))"
    }
}
