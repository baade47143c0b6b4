import Quantity

/// A function of the computation module: its parameters, help, and how it computes, both on
/// quantities (interval arithmetic, with units) and on single samples (for Monte Carlo).
public struct ComputeFunction: Sendable {
    /// A parameter: its name, what it means, and an optional default (a plain number).
    public struct Parameter: Sendable {
        /// The name used for named arguments (`need:`).
        public var name: String
        /// What the argument is, for help and errors.
        public var meaning: String
        /// The value when the argument is left out; nil when it is required.
        public var defaultValue: Double?

        /// Creates a parameter.
        public init(_ name: String, _ meaning: String, default defaultValue: Double? = nil) {
            self.name = name
            self.meaning = meaning
            self.defaultValue = defaultValue
        }
    }

    /// The name users call.
    public var name: String
    /// The parameters, in positional order.
    public var parameters: [Parameter]
    /// One line for listings.
    public var summary: String
    /// Longer help with an example.
    public var help: String
    /// Computes on quantities; arguments arrive in parameter order, defaults filled in.
    public var evaluate: @Sendable (_ arguments: [Quantity], _ units: UnitTable) throws(ComputeError) -> Quantity
    /// Computes one sample on base-unit numbers (USD, kg, seconds), in parameter order.
    public var kernel: @Sendable (_ arguments: [Double]) -> Double
    /// Over ranges of base-unit arguments (a box): an interval holding every value, and for each
    /// argument an interval holding the partial derivative everywhere in the box (at a kink, as
    /// of `abs` at 0, every one-sided slope); nil where the function is undefined somewhere in the
    /// box. Exact ranges read from the partials' signs whether the function rises or falls with
    /// each argument.
    public var slope: @Sendable (_ arguments: [Interval]) -> (value: Interval, partials: [Interval])?
    /// The function as arithmetic on its arguments, when it is that (`kernel` computes the same).
    public var formula: Formula? = nil

    /// The signature as shown in help: `deficit(need, supply)`.
    public var signature: String {
        name + "(" + parameters.map { $0.defaultValue == nil ? $0.name : "\($0.name) = \(NumberFormat.grouped($0.defaultValue!))" }.joined(separator: ", ") + ")"
    }
}

/// Why a computation-module function refused its arguments.
public enum ComputeError: Error, Sendable, Equatable {
    /// Argument `index` is unsuitable; the message says why and what was expected.
    case argument(index: Int, message: String)
    /// The arithmetic itself failed.
    case quantity(QuantityError)
}

extension ComputeFunction {
    /// `a / b` over ranges, with its partials `1/b` and `−a/b²`; nil when `b` reaches zero.
    public static func quotientSlope(_ a: Interval, _ b: Interval) -> (value: Interval, partials: [Interval])? {
        guard !b.containsZero else { return nil }
        let q = a / b, r = b.reciprocal
        return (q, [r, -(q * r)])
    }

    /// Wraps quantity arithmetic so its errors become `ComputeError.quantity`.
    static func arithmetic(_ body: () throws(QuantityError) -> Quantity) throws(ComputeError) -> Quantity {
        do throws(QuantityError) { return try body() } catch { throw .quantity(error) }
    }

    /// Requires argument `index` to have `dimension`.
    static func require(_ q: Quantity, _ dimension: Dimension, _ index: Int, _ what: String) throws(ComputeError) {
        guard q.dimension == dimension else {
            throw .argument(index: index, message: "\(what) must be \(dimension.phrase), not \(q.dimension.described)")
        }
    }

    /// Requires arguments `i` and `j` to share a dimension.
    static func requireSame(_ a: Quantity, _ b: Quantity, _ j: Int, _ names: (String, String)) throws(ComputeError) {
        guard a.dimension == b.dimension else {
            throw .argument(index: j, message: "\(names.1) must have the same dimension as \(names.0): \(names.0) is \(a.dimension.described), \(names.1) is \(b.dimension.described)")
        }
    }
}
