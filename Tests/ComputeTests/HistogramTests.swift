import Glibc
import Testing
@testable import Compute

/// Histograms that show the shape (issue 13, item 17): the end bins hold only their own range,
/// with what lies beyond in open-ended bins, and a spread over two orders of magnitude is binned
/// on a log scale.
@Suite struct HistogramTests {
    @Test func theEndBinsCountOnlyTheirOwnRange() {
        // 0, 1, …, 999: p1 = 9.99 and p99 = 989.01 (NumPy: np.percentile(range(1000), [1, 99])).
        var samples = (0..<1000).map(Double.init)
        let s = SampleSummary.of(&samples, binCount: 12)
        #expect(s.below == 10 && s.above == 10)
        #expect(s.bins.first!.lo == 9.99 && s.bins.last!.hi == 989.01)
        // 979.02 / 12 = 81.585 wide: every bin holds 81 or 82 samples, the end bins too.
        #expect(s.bins.allSatisfy { $0.count == 81 || $0.count == 82 }, "\(s.bins.map(\.count))")
        #expect(!s.logSpaced)
    }

    @Test func aNormalsLastBinIsNotInflatedByTheTail() {
        var random = SplitMix64(seed: 7)
        var samples = (0..<200_000).map { _ in random.normal() }
        let s = SampleSummary.of(&samples, binCount: 12)
        let counts = s.bins.map(\.count)
        // A normal's density falls toward its tails: each end bin holds fewer than its neighbour.
        #expect(counts[11] < counts[10] && counts[0] < counts[1], "\(counts)")
        #expect(s.above == 2_000 || abs(s.above - 2_000) <= 1)
    }

    @Test func aSpreadOverTwoOrdersOfMagnitudeIsBinnedOnALogScale() {
        // 10^(k/100) for k = 0…499: evenly spread on a log scale from 1 to about 100,000.
        var samples = (0..<500).map { pow(10, Double($0) / 100) }
        let s = SampleSummary.of(&samples, binCount: 12)
        #expect(s.logSpaced)
        let counts = s.bins.map(\.count)
        #expect(counts.allSatisfy { (39...42).contains($0) }, "\(counts)")
        // Evenly spaced bins would have put most of them in the first bin.
        let firstEvenEdge = s.bins[0].lo + (s.bins[11].hi - s.bins[0].lo) / 12
        #expect(samples.filter { $0 >= s.bins[0].lo && $0 < firstEvenEdge }.count > 300)
    }
}

/// A small deterministic generator for test samples.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func unit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (Double((z ^ (z >> 31)) >> 11) + 0.5) / Double(1 << 53)
    }
    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        (-2 * log(unit())).squareRoot() * cos(2 * Double.pi * unit())
    }
}
