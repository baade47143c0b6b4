#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A computation-module function written as arithmetic on its arguments (`deficit_ratio(n, s)`
/// is `1 - s / n`), for engines that reason about a whole expression: the symbolic form that
/// exact ranges read (`x / (x + y)` cancels only when `share` is seen as a quotient).
public indirect enum Formula: Sendable {
    /// Argument `i`, in parameter order, in base units.
    case argument(Int)
    case constant(Double)
    case sum(Formula, Formula)
    case difference(Formula, Formula)
    case product(Formula, Formula)
    case quotient(Formula, Formula)
    /// A power by a fixed exponent.
    case power(Formula, Double)

    /// The value at `arguments` (what `kernel` computes, for the functions that have a formula).
    public func value(_ arguments: [Double]) -> Double {
        switch self {
        case .argument(let i): return arguments[i]
        case .constant(let c): return c
        case .sum(let a, let b): return a.value(arguments) + b.value(arguments)
        case .difference(let a, let b): return a.value(arguments) - b.value(arguments)
        case .product(let a, let b): return a.value(arguments) * b.value(arguments)
        case .quotient(let a, let b): return a.value(arguments) / b.value(arguments)
        case .power(let a, let p): return pow(a.value(arguments), p)
        }
    }
}
