import Testing
@testable import Language
import Quantity

/// Ranges exact over their inputs, each counted once (values worked out by hand in the comments).
@Suite struct ExactRangeTests {
    let s = TestStory.session()

    @Test func theIssuesThreeExamples() throws {
        _ = s.run("let g = grain_need")
        #expect(s.text("g / g").hasPrefix("1   (100%)\n  assumes: grain_need"))
        #expect(s.text("soldier_revenue_claim - soldier_revenue_claim").hasPrefix("0 USD/year\n  uses: soldier_revenue_claim"))
        // 1 − 4/5.35 = 0.252336…, 1 − 4/5.75 = 0.304348…
        let v = try s.display("(grain_need - grain_production) / grain_need")
        #expect(close(v.lo, 1 - 4 / 5.35) && close(v.hi, 1 - 4 / 5.75))
        let d = try s.display("deficit_ratio(grain_need, grain_production)")
        #expect(close(d.lo, v.lo) && close(d.hi, v.hi))
    }

    @Test func aSquareOfARangeAroundZeroStartsAtZero() throws {
        // x in [-1, 2]: x·x runs from 0 (at x = 0) to 4 (at x = 2).
        _ = s.run("let x = -1 to 2")
        let v = try s.display("x * x")
        #expect(v.lo == 0 && v.hi == 4)
        #expect(!s.text("x * x").contains("may be wider"))
    }

    @Test func aRangeWithAnExtremeInsideIsSplitUntilEachPieceIsMonotone() throws {
        // x - x² on [-1, 2]: rises up to x = 1/2 (1/2 - 1/4 = 0.25), then falls to 2 - 4 = -2 at
        // x = 2 (and -1 - 1 = -2 at x = -1). Split at 0, 1 and 1/2, each piece is monotone.
        _ = s.run("let x = -1 to 2")
        #expect(s.text("x - x * x") == "-2 to 0.25")
    }

    @Test func whatCannotBeSolvedIsSoundAndSaysSo() throws {
        // x - x² on [-1, 2.2] truly runs from -2.64 (at 2.2) to 0.25 (at 1/2), and no split of
        // the range in halves falls on 1/2: sound bounds, said to be possibly wider.
        _ = s.run("let x = -1 to 2.2")
        let v = try s.display("x - x * x")
        #expect(v.lo <= -2.64 && v.hi >= 0.25)
        #expect(v.lo > -2.7 && v.hi < 0.3)  // still much tighter than interval arithmetic's -5.84 to 4.4
        #expect(s.text("x - x * x").contains("may be wider than the truth"))
    }

    @Test func aTableSaysWhenARowMayBeWider() {
        _ = s.run("let x = -1 to 2.2")
        #expect(s.text(":table k in 1, 2: x - x * x * k").contains("may be wider than the truth"))
        #expect(!s.text(":table k in 1, 2: x * x * k").contains("may be wider"))
    }

    @Test func sharesAndQuotientsOfSumsAreExact() throws {
        // x in [1, 2], y in [3, 4]: x/(x+y) rises with x and falls with y, so it runs from
        // 1/(1+4) = 0.2 to 2/(2+3) = 0.4; interval arithmetic alone gives 1/6 to 0.5.
        _ = s.run("let x = 1 to 2")
        _ = s.run("let y = 3 to 4")
        #expect(s.text("x / (x + y)") == "0.2 to 0.4")
        #expect(s.text("share(x, x + y)") == "0.2 to 0.4   (20% to 40%)")
        // (x + y) / x = 1 + y/x: 1 + 3/2 = 2.5 to 1 + 4/1 = 5.
        #expect(s.text("(x + y) / x") == "2.5 to 5")
        // A user function using its parameter twice: u/(u+v) again.
        _ = s.run("fn part(u, v) = u / (u + v)")
        #expect(s.text("part(x, y)") == "0.2 to 0.4")
        // deficit_ratio(g, p) · g = g − p: 5.35 − 4 = 1.35 to 5.75 − 4 = 1.75 million t/year.
        let d = try s.display("deficit_ratio(grain_need, grain_production) * grain_need")
        #expect(close(d.lo, 1.35e6) && close(d.hi, 1.75e6))
        #expect(!s.text("deficit_ratio(grain_need, grain_production) * grain_need").contains("may be wider"))
    }

    @Test func anOpenBoundStaysOpen() throws {
        // over 200 million: doubling it is over 400 million, and it minus itself is 0.
        let v = try s.display("soldier_revenue_claim + soldier_revenue_claim")
        #expect(v.lo == 400e6 && v.loOpen && v.hi == .infinity)
    }

    @Test func aScriptLineOfTheSameShapeGetsTheSameExactRange() throws {
        // The second line runs the first one's compiled form.
        #expect(s.text("grain_need * 2 / grain_need").hasPrefix("2   (200%)\n"))
        #expect(s.text("grain_need * 3 / grain_need").hasPrefix("3   (300%)\n"))
    }

    @Test func aSimulationOfXMinusXIsZero() {
        #expect(s.text(":simulate --samples 100 grain_need - grain_need").contains("mean  0 t/year"))
    }

    @Test func aSimulationOfHugeDrawsHasAFiniteMean() {
        // Draws near 1e304 to 1e305 sum past 1.8e308, but their mean does not.
        let out = s.text(":simulate --samples 100000 1e304 to 1e305")
        #expect(!out.contains("∞"))
        #expect(out.contains("mean  4."))   // a lognormal with 5% at 1e304 and 95% at 1e305: mean ≈ 4e304
    }

    @Test func drawsPastTheDoubleRangeAreAnOverflowNotADivision() {
        let out = s.text(":simulate 1e307 to 1.7e308")
        #expect(out.hasPrefix("error[overflow]: some draws of this range go beyond ±1.8e308"))
        #expect(!out.contains("division"))
    }
}
