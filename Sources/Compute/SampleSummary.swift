#if canImport(Glibc)
import Glibc
#endif

/// What a simulation reports: the mean, the 5th, 50th and 95th percentiles, and a histogram.
public struct SampleSummary: Sendable {
    /// How many samples.
    public var count: Int
    /// The arithmetic mean.
    public var mean: Double
    /// The 5th percentile.
    public var p5: Double
    /// The median.
    public var p50: Double
    /// The 95th percentile.
    public var p95: Double
    /// Histogram bins between the 1st and 99th percentiles: (lower edge, upper edge, count). Each
    /// counts only the samples within its own edges.
    public var bins: [(lo: Double, hi: Double, count: Int)]
    /// Samples below the first bin (under the 1st percentile): an open-ended bin of its own.
    public var below: Int = 0
    /// Samples above the last bin (over the 99th percentile): an open-ended bin of its own.
    public var above: Int = 0
    /// Whether the bins are spaced evenly on a log scale: the 1st to 99th percentiles are positive
    /// and more than two orders of magnitude apart, where even bins would put nearly everything
    /// in the first one.
    public var logSpaced = false

    /// The spread above which bins are log-spaced (a ratio of the 99th to the 1st percentile).
    public static let logSpreadRatio = 100.0

    /// Summarises `samples` (reordered in place: quantiles are found by selection, in linear time).
    public static func of(_ samples: inout [Double], binCount: Int = 12) -> SampleSummary {
        let n = samples.count
        precondition(n > 0)
        var sum = 0.0
        for x in samples { sum += x }
        // Finite samples whose sum overflows (1e304 each) still have a finite mean.
        var mean = sum / Double(n)
        if !sum.isFinite { mean = 0; for x in samples { mean += x / Double(n) } }
        let p1 = quantile(&samples, 0.01)
        let p5 = quantile(&samples, 0.05)
        let p50 = quantile(&samples, 0.50)
        let p95 = quantile(&samples, 0.95)
        let p99 = quantile(&samples, 0.99)
        var bins: [(lo: Double, hi: Double, count: Int)] = []
        var below = 0, above = 0
        let logSpaced = p1 > 0 && p99 / p1 > logSpreadRatio && (p99 / p1).isFinite
        if p99 > p1 {
            // Positions on the bins' scale: linear, or the logarithm of the value.
            let (from, to) = logSpaced ? (log(p1), log(p99)) : (p1, p99)
            let width = (to - from) / Double(binCount)
            var counts = [Int](repeating: 0, count: binCount)
            for x in samples {
                if x < p1 { below += 1; continue }
                if x > p99 { above += 1; continue }
                let position = ((logSpaced ? log(x) : x) - from) / width
                let b = position.isNaN || position < 0 ? 0 : position >= Double(binCount) ? binCount - 1 : Int(position)
                counts[b] += 1
            }
            func edge(_ i: Int) -> Double {
                if i == 0 { return p1 }
                if i == binCount { return p99 }
                return logSpaced ? exp(from + Double(i) * width) : from + Double(i) * width
            }
            for i in 0..<binCount { bins.append((edge(i), edge(i + 1), counts[i])) }
        } else {
            for x in samples { if x < p1 { below += 1 } else if x > p99 { above += 1 } }
            bins = [(p1, p99, n - below - above)]
        }
        var summary = SampleSummary(count: n, mean: mean, p5: p5, p50: p50, p95: p95, bins: bins)
        summary.below = below
        summary.above = above
        summary.logSpaced = logSpaced && p99 > p1
        return summary
    }

    /// The q-quantile by linear interpolation between order statistics (NumPy's default), found
    /// with quickselect; `samples` is partially reordered.
    public static func quantile(_ samples: inout [Double], _ q: Double) -> Double {
        let n = samples.count
        let position = q * Double(n - 1)
        let k = Int(position)
        let fraction = position - Double(k)
        let a = select(&samples, k)
        if fraction == 0 || k + 1 >= n { return a }
        // The next order statistic is the minimum of the part above k.
        var b = Double.infinity
        for i in (k + 1)..<n where samples[i] < b { b = samples[i] }
        return a + (b - a) * fraction
    }

    /// Rearranges so `samples[k]` is the k-th smallest, smaller before it and larger after it.
    static func select(_ samples: inout [Double], _ k: Int) -> Double {
        samples.withUnsafeMutableBufferPointer { a -> Double in
            var lo = 0, hi = a.count - 1
            while hi > lo {
                // Median of three as pivot.
                let mid = lo + (hi - lo) / 2
                if a[mid] < a[lo] { a.swapAt(mid, lo) }
                if a[hi] < a[lo] { a.swapAt(hi, lo) }
                if a[hi] < a[mid] { a.swapAt(hi, mid) }
                let pivot = a[mid]
                var i = lo, j = hi
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while a[j] > pivot { j -= 1 }
                    if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { break }
            }
            return a[k]
        }
    }
}
