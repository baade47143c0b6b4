import Testing
@testable import Quantity

@Suite struct NumberFormatTests {
    static let cases: [(Double, Int, String)] = [
        (240_000_000, 6, "240,000,000"), (0.4666666666, 6, "0.466667"), (5.35, 6, "5.35"), (-1234.5, 6, "-1,234.5"),
        (999_999.7, 6, "1,000,000"), (0.1, 6, "0.1"), (1e25, 6, "1e25"), (1.5e-7, 6, "1.5e-7"), (0, 6, "0"),
        (2.5, 1, "3"), (123_456_789, 3, "123,000,000"), (0.001234, 2, "0.0012"),
    ]

    @Test(arguments: cases)
    func grouped(value: Double, digits: Int, expected: String) {
        #expect(NumberFormat.grouped(value, significant: digits) == expected)
    }

    @Test func scaleWords() {
        #expect(QuantityFormat.scaleWords(240e6) == "240 million")
        #expect(QuantityFormat.scaleWords(1.4652e9) == "1.465 billion")
        #expect(QuantityFormat.scaleWords(-3e12) == "-3 trillion")
    }
}

@Suite struct IntervalTests {
    @Test func products() {
        #expect(Interval(-2, 3) * Interval(4, 5) == Interval(-10, 15))
        #expect(Interval(-2, 3) * Interval(-4, 5) == Interval(-12, 15))
        // a lower bound times a positive number stays a lower bound
        let over = Interval.atLeast(200, strict: true) * Interval(point: 2)
        #expect(over.lo == 400 && over.hi == .infinity && over.loOpen)
        // 0 × ∞ is read as 0 at that end
        #expect((Interval(0, 1) * Interval.atLeast(1, strict: false)).lo == 0)
    }

    @Test func zeroIsDetected() {
        #expect(Interval(-1, 1).containsZero)
        #expect(!Interval(0, 1, loOpen: true).containsZero)
        #expect(Interval(point: 0).containsZero)
    }

    @Test func evenPowersOfAnIntervalAroundZeroStartAtZero() {
        #expect(Interval(-2, 3).power(2) == Interval(0, 9))
        #expect(Interval(-3, -2).power(3) == Interval(-27, -8))
    }
}
