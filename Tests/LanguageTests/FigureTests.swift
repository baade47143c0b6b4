@testable import Language
import Render
@testable import Session
import Testing

/// `:table` and `:simulate` leave their numbers in `Session.figure`, in the units their text uses.
@Suite struct FigureTests {
    @Test func aTableLeavesItsRows() {
        let s = TestStory.session()
        _ = s.run(":table troops in 3000, 10000: revenue(troops, soldier_pay, 1 year)")
        guard case .table(let t) = s.figure else { Issue.record("no table figure"); return }
        #expect(t.parameter == "troops" && t.expression == "revenue(troops, soldier_pay, 1 year)" && t.unit == "USD")
        // 3,000 × 2,000 USD/month × 12 months = 72 million; 10,000 × … = 240 million.
        // (Within a part in 10^12: month and year convert through seconds.)
        #expect(zip(t.rows, [72e6, 240e6]).allSatisfy { abs($0.low - $1) / $1 < 1e-12 && $0.low == $0.high })
        #expect(t.rows.map(\.label) == ["3,000", "10,000"] && t.rows.map(\.parameterValue) == [3000, 10000])
        // Any other input clears it, and so does a failed one.
        _ = s.run("1 + 1")
        #expect(s.figure == nil)
        _ = s.run(":table x in 1, 2: x")
        _ = s.run(":table x in 1, 2: nosuchname")
        #expect(s.figure == nil)
    }

    @Test func aRangeKeepsBothEnds() {
        let s = TestStory.session()
        _ = s.run(":table k in 1, 2: rice_offer * k")
        guard case .table(let t) = s.figure else { Issue.record("no table figure"); return }
        #expect(t.unit == "t")
        #expect(zip(t.rows, [(6e5, 7e5), (1.2e6, 1.4e6)]).allSatisfy { abs($0.low - $1.0) < 1e-6 && abs($0.high - $1.1) < 1e-6 })
    }

    @Test func aSimulationLeavesItsSummary() {
        let s = TestStory.session()
        _ = s.run(":simulate --samples 20000 (8000 to 12000) * (1800 to 2200 USD/month) * 12 month")
        guard case .histogram(let h) = s.figure else { Issue.record("no histogram figure"); return }
        // The bins span the 1st to 99th percentiles and count only their own range (issue 13,
        // item 17): about 98% of the samples, the tails beyond them not folded into the end bins.
        let binned = h.bins.map(\.count).reduce(0, +)
        #expect(h.samples == 20000 && h.unit == "USD" && (19_500...19_700).contains(binned), "\(binned)")
        #expect(h.expression == "(8000 to 12000) * (1800 to 2200 USD/month) * 12 month")
        // The product of the two lognormals: mean ≈ 236.2 million, 5% ≈ 186.6, 95% ≈ 293.4 (PRODUCT.md).
        #expect(abs(h.mean - 236.2e6) / 236.2e6 < 0.01 && abs(h.p5 - 186.6e6) / 186.6e6 < 0.02 && abs(h.p95 - 293.4e6) / 293.4e6 < 0.02)
        #expect(h.p5 < h.p50 && h.p50 < h.p95)
    }

    @Test func factsLeaveTheirRows() {
        let s = TestStory.session()
        _ = s.run(":facts kind:range")
        guard case .listing(let l) = s.figure else { Issue.record("no listing"); return }
        #expect(l.title == "Facts matching kind:range" && l.columns == ["id", "value", "unit", "qualifier; hedges", "source"])
        #expect(l.rows.map(\.first) == ["rice_offer"] && l.rows[0][1] == "600,000 to 700,000" && l.rows[0][2] == "t")
        _ = s.run(":facts nothingmatchesthis")
        #expect(s.figure == nil)
    }
}
