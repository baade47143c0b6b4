@testable import Language
import Quantity
@testable import Session
import Story
import Testing

/// How :simulate draws readings: a bound the article states is never passed ("over 200 million"
/// never below 200 million, "nearly 100" never above 100); a two-sided reading is drawn as a range
/// is. Every reading is worked out by hand from docs/hedges.md; a uniform draw over LOW to HIGH
/// has its 5th percentile at LOW + 5% of the width and its 95th at HIGH - 5%.
@Suite struct HedgeDrawTests {
    static let story: Story = {
        func fact(_ id: String, _ value: FactValue, _ qualifier: String?, _ line: Int) -> Fact {
            Fact(id: id, value: value, unit: "", qualifier: qualifier, hedges: [], line: line)
        }
        let facts = [
            fact("claim", .lowerBound(200e6, strict: true), "over", 1),      // 200 to 300 million
            fact("floor", .lowerBound(150, strict: false), "at least", 2),   // 150 to 200 (the scale of fifties)
            fact("nearly", .point(100), "nearly", 3),                        // 95 to 100
            fact("almost", .point(2_000), "almost", 4),                      // 1,900 to 2,000
            fact("under", .upperBound(5_000, strict: true), "under", 5),     // 4,000 to 5,000
            fact("upto", .upperBound(10_000, strict: false), "up to", 6),    // 9,000 to 10,000
            fact("bare", .upperBound(700, strict: false), nil, 7),           // "at most" 700: 600 to 700
            fact("around", .point(2_000), "around", 8),                      // 1,900 to 2,100, soft
        ]
        return Story(id: "draws", title: "Draws", outlet: "Outlet", author: "Author", facts: facts, assumptions: [],
                     checkableClaims: [], contentHash: "sha256:0")
    }()

    /// `count` draws of `source` in the session, as :simulate makes them (seed 42).
    func draws(_ s: Session, _ source: String, count: Int = 20_000) throws -> [Double] {
        let parsed = try Parser.parseTail(source, from: 0) { (p: inout Parser) throws(Diagnostic) in try p.expr().0 }
        let e = try #require(parsed)
        let evaluator = Evaluator(units: s.state.units, session: s)
        _ = try s.overReadings { () throws(Diagnostic) in try evaluator.check(e) }
        return try Sampler(program: evaluator.builder.program, session: s).run(count: count, seed: 42, span: e.span).sorted()
    }

    /// The `p`th percentile of sorted `xs` (nearest rank).
    func percentile(_ xs: [Double], _ p: Double) -> Double { xs[min(xs.count - 1, Int(Double(xs.count) * p / 100))] }

    @Test(arguments: [
        ("claim", 200e6, 300e6, HedgeReading.HardEnd.lower),
        ("floor", 150, 200, .lower),
        ("nearly", 95, 100, .upper),
        ("almost", 1_900, 2_000, .upper),
        ("under", 4_000, 5_000, .upper),
        ("upto", 9_000, 10_000, .upper),
        ("bare", 600, 700, .upper),
    ])
    func aStatedBoundIsNeverPassed(id: String, lo: Double, hi: Double, hard: HedgeReading.HardEnd) throws {
        let s = Session(story: Self.story)
        let index = try #require(s.items.byId[id])
        let reading = try #require(s.reading(of: index))
        #expect(reading.reading.hardEnd == hard)
        #expect(close(reading.quantity.value.lo, lo) && close(reading.quantity.value.hi, hi))
        let xs = try draws(s, id)
        #expect(xs.first! >= lo && xs.last! <= hi, "\(id): draws from \(xs.first!) to \(xs.last!)")
        // Uniform within the reading: 5% of the width in from each end, the median at the middle.
        let w = hi - lo
        #expect(abs(percentile(xs, 5) - (lo + 0.05 * w)) < 0.01 * w)
        #expect(abs(percentile(xs, 50) - (lo + 0.5 * w)) < 0.02 * w)
        #expect(abs(percentile(xs, 95) - (hi - 0.05 * w)) < 0.01 * w)
    }

    @Test func aTwoSidedReadingIsDrawnAsARange() throws {
        let s = Session(story: Self.story)
        let index = try #require(s.items.byId["around"])
        #expect(s.reading(of: index)?.reading.hardEnd == nil)
        let xs = try draws(s, "around")
        // 1,900 and 2,100 are the 5th and 95th percentiles; about 5% of draws lie beyond each.
        #expect(abs(percentile(xs, 5) - 1_900) < 5 && abs(percentile(xs, 95) - 2_100) < 5)
        #expect(xs.first! < 1_900 && xs.last! > 2_100)
    }

    @Test func aChangedRowKeepsTheStatedSideHard() throws {
        let s = Session(story: Self.story)
        // "over" read +10%: 200 to 220 million; "around" read -5%: 1,900 to 2,000, the stated 2,000 the top.
        _ = s.text(":hedge over = +10%")
        _ = s.text(":hedge around = -5%")
        let claim = try draws(s, "claim"), around = try draws(s, "around")
        #expect(claim.first! >= 200e6 && claim.last! <= 220e6)
        #expect(around.first! >= 1_900 && around.last! <= 2_000)
    }

    @Test func simulateSaysHowEachKindIsDrawn() {
        let s = Session(story: Self.story)
        // Uniform over 200 to 300 million: 5% at 205 million, median 250 million, 95% at 295 million.
        let out = s.text(":simulate --samples 20000 claim")
        #expect(out.contains("  5%    205,"))
        #expect(out.contains("  95%   294,") || out.contains("  95%   295,"))
        #expect(out.contains("  readings drawn (each uniformly within it: no draw passes the bound the article states; docs/hedges.md):\n    claim 200,000,000 to 300,000,000: “over” 200,000,000 read up to the next round number, 300,000,000"))
        #expect(s.text(":simulate --samples 100 around").contains("  readings drawn (each as a range is: 90% of draws within it; docs/hedges.md):"))
        #expect(s.text(":simulate --samples 100 around + nearly").contains(
            "  readings drawn (a two-sided one as a range is: 90% of draws within it; a one-sided one uniformly within it: no draw passes the bound the article states; docs/hedges.md):"))
    }
}
