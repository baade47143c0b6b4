import Testing
@testable import Compute

/// Inputs the expression fuzzer (Fuzz/Sources/FuzzExpression) found crashing, kept so the fix stays.
@Suite struct ComputeFuzzRegressionTests {
    /// Found by FuzzExpression: `:simulate --samples 2999 (8000 to 12000) * (1800 to 2111…1200) * 12`
    /// drew samples so far past the 99th percentile that their histogram bin, as a Double, was
    /// beyond Int.max, and the conversion trapped. Outliers now go to the open-ended bin above.
    @Test func outliersFarPastThe99thPercentileGoToTheEndBin() {
        // 998 samples 1…998 and two at 1e300: p1 = 10.99 and p99 = 990.01, so a bin is 81.585
        // wide and 1e300 lies 1.2e298 bins past the first (the trap); it belongs above the bins.
        var samples = (1...998).map(Double.init) + [1e300, 1e300]
        let summary = SampleSummary.of(&samples, binCount: 12)
        #expect(summary.bins.count == 12)
        #expect(summary.bins.map(\.count).reduce(0, +) + summary.below + summary.above == 1000)
        // The last bin, 908.425 to 990.01: the 82 samples 909…990; above it 991…998 and the two
        // outliers; below the first bin (under 10.99) the samples 1…10.
        #expect(summary.bins[11].count == 82)
        #expect(summary.above == 10 && summary.below == 10)
    }

    /// A NaN position (an infinite width from p99 − p1 overflowing) counts in the first bin, not a trap.
    @Test func anOverflowingSpreadDoesNotTrap() {
        var samples = [-1e308, -1e308, 1e308, 1e308]
        let summary = SampleSummary.of(&samples, binCount: 4)
        #expect(summary.bins.map(\.count).reduce(0, +) == 4)
    }
}
