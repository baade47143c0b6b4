import Testing
@testable import Language
import Quantity

/// Answers checked against values worked out by hand (each expectation's arithmetic is in its comment).
@Suite struct ArithmeticTests {
    let s = TestStory.session()

    static let plain: [(String, Double)] = [
        ("6*7", 42.0),                                  // 6 × 7
        ("1 + 2 * 3", 7),                               // precedence
        ("(1 + 2) * 3", 9),
        ("2^10", 1024),
        ("-2^2", -4),                                   // power binds tighter than unary minus
        ("2^-1", 0.5),
        ("2^3^2", 512),                                 // right-associative: 2^9
        ("10_000 / 4", 2500),
        ("600,000 + 1", 600_001),                       // digit groups
        ("1.5e3", 1500),
        ("4 million", 4_000_000),
        ("2.5 billion / 1000", 2_500_000),
        ("3 thousand + 1", 3001),                       // 3 × 1,000 + 1
        ("2 trillion / 1 million", 2_000_000),          // 2e12 / 1e6
        ("15% * 200", 30),                              // 0.15 × 200
        ("7 / 2", 3.5),
    ]

    @Test(arguments: plain)
    func plainNumbers(input: String, expected: Double) throws {
        let v = try s.display(input)
        #expect(v.isPoint)
        #expect(close(v.lo, expected), "\(input) gave \(v.lo)")
    }

    static let united: [(String, Double, String)] = [
        // 2000 USD/month × 12 month × 10,000 = 240,000,000 USD
        ("2000 USD/month * 12 month * 10000", 240_000_000.0, "USD"),
        // a year is 12 months: 2000 × 12 = 24,000
        ("2000 USD/month -> USD/year", 24_000, "USD/year"),
        // 2000 USD/month × 1 year: the month and year cancel, 24,000 USD
        ("2000 USD/month * 1 year", 24_000, "USD"),
        // 4,000,000 t/year × 1 month = 4,000,000 / 12 t
        ("4 million t/year * 1 month", 4_000_000.0 / 12, "t"),
        // 40 kg per 3 weeks (a number before a unit binds tightly): 40/3 kg/week
        ("40 kg / 3 week", 40.0 / 3, "kg/week"),
        // 1.5 Mt = 1,500,000 t
        ("1.5 Mt -> t", 1_500_000, "t"),
        ("1 kt -> kg", 1_000_000, "kg"),
        // 1 year = 365.2425 days
        ("1 year -> day", 365.2425, "day"),
        // 1 month = 365.2425 / 12 days
        ("1 month -> day", 365.2425 / 12, "day"),
        ("$2,000 * 3", 6000, "USD"),
        // ton is the metric tonne
        ("1 ton -> kg", 1000, "kg"),
        // 10,000 × 2,000 USD/month: a count times a rate
        ("revenue(10_000, 2000 USD/month, 1 year)", 240_000_000, "USD"),
        // 240 million USD/year for 5 years at 10%: 240 × (1 + 1.1 + 1.21 + 1.331 + 1.4641) = 1465.224 million
        ("project(240 million USD/year, 5, 10%)", 1_465_224_000, "USD"),
        // growth 0%: annual × years × 1 year
        ("project(annual: 240 million USD/year, years: 3)", 720_000_000, "USD"),
        ("deficit(need: 5.5 Mt, supply: 4 Mt)", 1.5, "Mt"),
    ]

    @Test(arguments: united)
    func withUnits(input: String, expected: Double, unit: String) throws {
        let v = try s.display(input)
        #expect(close(v.lo, expected, 1e-12), "\(input) gave \(v.lo)")
        #expect(try s.unitText(input) == unit)
    }

    @Test func intervalsCarrySignsThroughMultiplication() throws {
        // (-2 to 3) × (4 to 5): ends -2·5 = -10 and 3·5 = 15
        let v = try s.display("(-2 to 3) * (4 to 5)")
        #expect(v.lo == -10 && v.hi == 15)
        // (-3 to -2) × (4 to 5) = -15 to -8
        let w = try s.display("(-3 to -2) * (4 to 5)")
        #expect(w.lo == -15 && w.hi == -8)
        // (1 to 2) / (4 to 8) = 0.125 to 0.5
        let d = try s.display("(1 to 2) / (4 to 8)")
        #expect(d.lo == 0.125 && d.hi == 0.5)
        // (1 to 2) - (1 to 2) = -1 to 1 (interval arithmetic does not know the two are the same)
        let z = try s.display("(1 to 2) - (1 to 2)")
        #expect(z.lo == -1 && z.hi == 1)
        // (-2 to 3)^2 = 0 to 9
        let p = try s.display("(-2 to 3)^2")
        #expect(p.lo == 0 && p.hi == 9)
    }

    @Test func storyArithmetic() throws {
        // the rice offer over a 1.5 Mt gap: 600,000/1,500,000 = 0.4, 700,000/1,500,000 = 0.46666…
        let r = try s.display("rice_offer / deficit(need: 5.5 Mt, supply: grain_production * 1 year)")
        #expect(close(r.lo, 0.4) && close(r.hi, 7.0 / 15))
        // the deficit against the assumed need: 5.35 − 4 = 1.35 Mt and 5.75 − 4 = 1.75 Mt
        let gap = try s.display("(grain_need - grain_production) * 1 year -> Mt")
        #expect(close(gap.lo, 1.35) && close(gap.hi, 1.75))
        // coverage: 0.6/1.75 = 0.342857… to 0.7/1.35 = 0.518518…
        let c = try s.display("coverage(rice_offer, (grain_need - grain_production) * 1 year)")
        #expect(close(c.lo, 0.6 / 1.75) && close(c.hi, 0.7 / 1.35))
        // deficit ratio: 1 − 4/5.35 = 0.252336… to 1 − 4/5.75 = 0.304347…
        let d = try s.display("deficit_ratio(grain_need, grain_production)")
        #expect(close(d.lo, 1 - 4 / 5.35) && close(d.hi, 1 - 4 / 5.75))
        // workers: 4,000 × 800 USD/month × 12 months = 38,400,000 USD
        let w = try s.display("4000 * worker_pay * 12 month")
        #expect(close(w.lo, 38_400_000))
    }

    @Test func boundsStayBounds() throws {
        // over 200 million USD/year, doubled: over 400 million, still open above
        let q = try s.quantity("soldier_revenue_claim * 2")
        let v = q.displayValue(in: s.state.units)
        #expect(close(v.lo, 400e6) && v.hi == .infinity && v.loOpen)
        #expect(s.text("soldier_revenue_claim * 2") == "over 400,000,000 USD/year   (over 400 million)\n  uses: soldier_revenue_claim (over; could)")
    }

    @Test func rangeLendsItsUnitToABareNumber() throws {
        // 600,000 to 700,000 t reads as a range of tonnes, as the article writes it
        #expect(s.text("600,000 to 700,000 t") == "600,000 to 700,000 t")
    }
}
