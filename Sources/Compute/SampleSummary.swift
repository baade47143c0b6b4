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
    /// Histogram bins between the 1st and 99th percentiles: (lower edge, upper edge, count).
    /// Samples beyond those percentiles are counted in the end bins.
    public var bins: [(lo: Double, hi: Double, count: Int)]

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
        if p99 > p1 {
            let width = (p99 - p1) / Double(binCount)
            var counts = [Int](repeating: 0, count: binCount)
            for x in samples {
                // Clamped as a Double: a sample far past the 99th percentile (a wide lognormal)
                // is more bins away than an Int holds, and would trap in the conversion.
                let position = (x - p1) / width
                let b = position.isNaN || position < 0 ? 0 : position >= Double(binCount) ? binCount - 1 : Int(position)
                counts[b] += 1
            }
            for i in 0..<binCount {
                bins.append((p1 + Double(i) * width, p1 + Double(i + 1) * width, counts[i]))
            }
        } else {
            bins = [(p1, p99, n)]
        }
        return SampleSummary(count: n, mean: mean, p5: p5, p50: p50, p95: p95, bins: bins)
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
