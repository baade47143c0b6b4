import Foundation
import Testing
@testable import Compute

/// Monte Carlo draws checked against the closed-form lognormal.
@Suite struct SimulationTests {
    /// The lognormal with 8,000 at its 5th and 12,000 at its 95th percentile.
    @Test func lognormalQuantilesMatchTheClosedForm() {
        let lo = 8000.0, hi = 12000.0
        let mu = (log(lo) + log(hi)) / 2, sigma = (log(hi) - log(lo)) / (2 * 1.6448536269514722)
        guard case .lognormal(let m, let s) = Distribution.range(lo, hi) else { Issue.record("not a lognormal"); return }
        #expect(abs(m - mu) < 1e-12 && abs(s - sigma) < 1e-12)
        var random = Random(seed: 7)
        var samples = [Double](repeating: 0, count: 1_000_000)
        samples.withUnsafeMutableBufferPointer { Distribution.range(lo, hi).fill($0, using: &random) }
        let summary = SampleSummary.of(&samples)
        // Closed form: median e^mu = sqrt(8000 × 12000) = 9797.96; mean e^(mu + sigma²/2).
        let median = exp(mu), mean = exp(mu + sigma * sigma / 2)
        #expect(abs(summary.p5 - lo) / lo < 0.005, "5%: \(summary.p5)")
        #expect(abs(summary.p95 - hi) / hi < 0.005, "95%: \(summary.p95)")
        #expect(abs(summary.p50 - median) / median < 0.003, "50%: \(summary.p50) vs \(median)")
        #expect(abs(summary.mean - mean) / mean < 0.002, "mean: \(summary.mean) vs \(mean)")
    }

    /// The product in PRODUCT.md: (8000 to 12000) × (1800 to 2200) × 12 is itself lognormal, with
    /// mu and sigma² the sums of the factors'; mean ≈ 236.2 million, 5% ≈ 186.6 million, 95% ≈ 293.4 million.
    @Test func productOfLognormalsMatchesTheClosedForm() {
        let z = 1.6448536269514722
        let mu = (log(8000.0) + log(12000.0)) / 2 + (log(1800.0) + log(2200.0)) / 2 + log(12.0)
        let s1 = (log(12000.0) - log(8000.0)) / (2 * z), s2 = (log(2200.0) - log(1800.0)) / (2 * z)
        let sigma = (s1 * s1 + s2 * s2).squareRoot()
        var random = Random(seed: 42)
        let n = 1_000_000
        var a = [Double](repeating: 0, count: n), b = [Double](repeating: 0, count: n)
        a.withUnsafeMutableBufferPointer { Distribution.range(8000, 12000).fill($0, using: &random) }
        b.withUnsafeMutableBufferPointer { Distribution.range(1800, 2200).fill($0, using: &random) }
        var x = (0..<n).map { a[$0] * b[$0] * 12 }
        let s = SampleSummary.of(&x)
        #expect(abs(s.mean - exp(mu + sigma * sigma / 2)) / s.mean < 0.003)
        #expect(abs(s.p5 - exp(mu - z * sigma)) / s.p5 < 0.005)
        #expect(abs(s.p95 - exp(mu + z * sigma)) / s.p95 < 0.005)
        #expect(abs(s.mean - 236.2e6) / 236.2e6 < 0.003)
    }

    @Test func quantileInterpolatesLikeNumPy() {
        // numpy.percentile([1, 2, 3, 4], 50) = 2.5; [10, 20, 30, 40, 50] at 5% = 12
        var a = [4.0, 1, 3, 2]
        #expect(SampleSummary.quantile(&a, 0.5) == 2.5)
        var b = [50.0, 10, 40, 20, 30]
        #expect(abs(SampleSummary.quantile(&b, 0.05) - 12) < 1e-12)
    }

    @Test func seededDrawsAreReproducible() {
        var r1 = Random(seed: 3), r2 = Random(seed: 3), r3 = Random(seed: 4)
        let a = (0..<5).map { _ in r1.nextBits() }, b = (0..<5).map { _ in r2.nextBits() }, c = (0..<5).map { _ in r3.nextBits() }
        #expect(a == b && a != c)
    }
}
