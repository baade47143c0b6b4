import Testing
@testable import Quantity

/// `QuantityFormat.renderWhole` writes the common result (a whole amount in at most one unit) on
/// decimal digits in one buffer; these pin it by hand and against the general path it bypasses.
struct WholeRenderTests {
    static func table() -> (UnitTable, Int32, Int32) {
        var table = UnitTable()
        let usd = table.define(UnitInfo(symbol: "USD", factor: 1, dimension: .money))
        let t = table.define(UnitInfo(symbol: "t", factor: 1000, dimension: .mass))
        return (table, usd, t)
    }

    @Test func resultsByHand() {
        let (table, usd, t) = Self.table()
        let f = QuantityFormat(significant: 6)
        #expect(f.render(Quantity(Interval(point: 276_120_000), unit: UnitProduct(usd), dimension: .money), in: table) == "276,120,000 USD   (276.1 million)")
        #expect(f.render(Quantity(Interval(point: 1_131_000_000), unit: UnitProduct(usd), dimension: .money), in: table) == "1,131,000,000 USD   (1.131 billion)")
        // 999,999,600 rounds to six digits as 1,000,000,000; the words round 999,999,600 to 4 digits.
        #expect(f.render(Quantity(Interval(point: 999_999_600), unit: UnitProduct(usd), dimension: .money), in: table) == "1,000,000,000 USD   (1,000 million)")
        // Seven digits shown to six: 2,345,678 → 2,345,680.
        #expect(f.render(Quantity(Interval(point: -2_345_678_000), unit: UnitProduct(t), dimension: .mass), in: table) == "-2,345,680 t   (-2.346 million)")
        #expect(f.render(Quantity(Interval(point: 999_999)), in: table) == "999,999")
        #expect(f.render(Quantity(Interval(point: 1_234_567)), in: table) == "1,234,570   (1.235 million)")
        #expect(QuantityFormat(significant: 1).render(Quantity(Interval(point: 96)), in: table) == "100")
    }

    @Test func matchesTheGeneralPath() {
        let (table, usd, t) = Self.table()
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var checked = 0
        for _ in 0..<30_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(state >> 59) % 16 + 1
            var limit: UInt64 = 1
            for _ in 0..<digits { limit *= 10 }
            var m = (state >> 3) % limit
            // Runs of nines and round numbers, where rounding carries.
            switch state & 7 {
            case 0: m = limit - 1 - (state >> 40) % 3
            case 1: m = limit / 10 * ((state >> 30) % 9 + 1)
            default: break
            }
            guard m > 0, Double(m) < 1e15 else { continue }
            let x = (state & 8 == 0 ? 1.0 : -1.0) * Double(m)
            let significant = Int(state >> 20) % 17 + 1
            let f = QuantityFormat(significant: significant)
            let units: [(UnitProduct, Dimension, Double)] = [(UnitProduct(), .none, 1), (UnitProduct(usd), .money, 1), (UnitProduct(t), .mass, 1000)]
            let (unit, dimension, factor) = units[Int(state >> 10) % 3]
            let q = Quantity(Interval(point: x * factor), unit: unit, dimension: dimension)
            let v = q.displayValue(in: table)
            guard let fast = f.renderWhole(v.lo, unit: unit, in: table) else { continue }
            #expect(fast == f.renderGeneral(q, v, in: table), "\(x) at \(significant) digits")
            checked += 1
        }
        #expect(checked > 20_000)
    }

    @Test func leavesTheRestToTheGeneralPath() {
        let (table, usd, _) = Self.table()
        let f = QuantityFormat()
        #expect(f.renderWhole(0.5, unit: UnitProduct(usd), in: table) == nil)
        #expect(f.renderWhole(0, unit: UnitProduct(), in: table) == nil)
        #expect(f.renderWhole(1e15, unit: UnitProduct(), in: table) == nil)
        #expect(f.render(Quantity(Interval(point: 0)), in: table) == "0")
    }
}
