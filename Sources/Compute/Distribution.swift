#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a range `a to b` is read in a simulation: as in Squiggle, a positive range is a lognormal
/// with `a` at its 5th and `b` at its 95th percentile; a range reaching zero or below is a normal
/// with the same percentiles.
public enum Distribution: Sendable, Equatable {
    /// ln X ~ N(mu, sigma²).
    case lognormal(mu: Double, sigma: Double)
    /// X ~ N(mean, sd²).
    case normal(mean: Double, sd: Double)
    /// Always the same value.
    case constant(Double)
    /// X uniform between `lo` and `hi`, never outside them: a one-sided hedge reading, whose
    /// stated end is a hard bound (docs/hedges.md).
    case uniform(lo: Double, hi: Double)

    /// The 95th percentile of the standard normal.
    public static let z95 = 1.6448536269514722

    /// The distribution for the range `lo to hi` (both finite, lo ≤ hi).
    public static func range(_ lo: Double, _ hi: Double) -> Distribution {
        if lo == hi { return .constant(lo) }
        if lo > 0 {
            let a = log(lo), b = log(hi)
            return .lognormal(mu: (a + b) / 2, sigma: (b - a) / (2 * z95))
        }
        return .normal(mean: (lo + hi) / 2, sd: (hi - lo) / (2 * z95))
    }

    /// Fills `buffer` with draws.
    public func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using random: inout Random) {
        switch self {
        case .constant(let x):
            for i in buffer.indices { buffer[i] = x }
        case .normal(let mean, let sd):
            random.fillStandardNormal(buffer)
            for i in buffer.indices { buffer[i] = mean + sd * buffer[i] }
        case .lognormal(let mu, let sigma):
            random.fillStandardNormal(buffer)
            for i in buffer.indices { buffer[i] = exp(mu + sigma * buffer[i]) }
        case .uniform(let lo, let hi):
            // nextUnit is in (0, 1); the clamp keeps rounding from stepping past an end.
            for i in buffer.indices { buffer[i] = min(hi, max(lo, lo + (hi - lo) * random.nextUnit())) }
        }
    }
}
