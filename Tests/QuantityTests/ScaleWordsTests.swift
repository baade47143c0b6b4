import Testing
@testable import Quantity

/// `QuantityFormat.scaleWords` prints whole numbers in integers (the hot path of a script); these
/// pin its text by hand and against the decimal path it replaces.
struct ScaleWordsTests {
    @Test func wholeAmountsByHand() {
        #expect(QuantityFormat.scaleWords(276_120_000) == "276.1 million")
        #expect(QuantityFormat.scaleWords(240_000_000) == "240 million")
        #expect(QuantityFormat.scaleWords(1_050_000) == "1.05 million")
        #expect(QuantityFormat.scaleWords(-2_500) == "-2.5 thousand")
        #expect(QuantityFormat.scaleWords(1_131_000_000) == "1.131 billion")
        #expect(QuantityFormat.scaleWords(135_960_000) == "136 million")
        // 999.95 million rounds up to four nines' neighbour, printed as the decimal path does.
        #expect(QuantityFormat.scaleWords(999_950_000) == "1,000 million")
        #expect(QuantityFormat.scaleWords(4_000_000_000_000) == "4 trillion")
    }

    /// The division-and-decimal-digits path, as scaleWords printed every amount before.
    static func viaDecimals(_ x: Double) -> String {
        let m = abs(x)
        if m >= 1e12 { return NumberFormat.grouped(x / 1e12, significant: 4) + " trillion" }
        if m >= 1e9 { return NumberFormat.grouped(x / 1e9, significant: 4) + " billion" }
        if m >= 1e6 { return NumberFormat.grouped(x / 1e6, significant: 4) + " million" }
        return NumberFormat.grouped(x / 1e3, significant: 4) + " thousand"
    }

    @Test func wholeAmountsMatchTheDecimalPath() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(state >> 60) % 13 + 4          // 4 ... 16 digits before the cut
            var limit: UInt64 = 1
            for _ in 0..<min(digits, 15) { limit *= 10 }
            let m = max(1000, (state >> 4) % limit)
            let x = (state & 1 == 0 ? 1.0 : -1.0) * Double(m)
            guard abs(x) < 1e15 else { continue }
            #expect(QuantityFormat.scaleWords(x) == Self.viaDecimals(x), "\(m)")
        }
        for m in [999_950_000.0, 999_949_999, 1_000, 999_999, 1_000_000, 99_995_000_000_000, 999_950_000_000_000, 123_456_789_012_345] {
            #expect(QuantityFormat.scaleWords(m) == Self.viaDecimals(m), "\(m)")
        }
    }
}
