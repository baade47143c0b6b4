import Testing
@testable import Extract

/// The forms of a quantity the issue lists, one sentence each; every expected value checked by hand.
@Suite struct QuantityFormTests {
    let extractor = Extractor()

    /// The one quantity of `text` (a single sentence), or a failure.
    func only(_ text: String) -> ExtractedQuantity? {
        let found = extractor.extract(text)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        return found.first
    }

    @Test func moneyPerMonthWithItsQualifier() throws {
        let q = try #require(only("Soldiers are reportedly earning around $2,000 per month."))
        #expect(q.text == "around $2,000 per month")
        #expect(q.value == 2000 && q.unit == "USD" && q.per == "month")
        #expect(q.qualifier == "around" && q.approximate)
        #expect(q.hedges == ["reportedly", "around"])
    }

    @Test(arguments: [
        ("They paid $800 each month.", "month"), ("They paid $800 a month.", "month"),
        ("They paid $800 monthly.", "month"), ("It earns $5 million annually.", "year"),
        ("It earns $5 million a year.", "year"), ("It earns $5 million per year.", "year"),
    ])
    func periods(text: String, per: String) throws {
        #expect(try #require(only(text)).per == per)
    }

    @Test(arguments: [
        ("It weighs 600,000 to 700,000 tons.", 600_000.0, 700_000.0, "t"),
        ("Between 2,000 and 2,300 workers left.", 2000, 2300, "count"),
        ("Some 2,000-2,300 workers left.", 2000, 2300, "count"),
        ("It made between 11 and 12 million tonnes.", 11e6, 12e6, "t"),
    ])
    func ranges(text: String, low: Double, high: Double, unit: String) throws {
        let q = try #require(only(text))
        #expect(q.low == low && q.high == high && q.value == nil && q.unit == unit)
    }

    @Test(arguments: [
        ("It could generate over $200 million.", "over", 200e6),
        ("At least 14 people died.", "at-least", 14),
        ("It fell below 6 million tons.", "under", 6e6),
        ("Fares rise by no more than 5%.", "at-most", 5),
        ("It carries up to 54 billion cubic metres.", "up-to", 54e9),
    ])
    func bounds(text: String, bound: String, value: Double) throws {
        let q = try #require(only(text))
        #expect(q.bound == bound && q.value == value)
    }

    @Test(arguments: [
        ("Two children died.", 2.0, "count"), ("Rescuers found a dozen survivors.", 12, "count"),
        ("Half a million riders a day.", 500_000, "count"), ("It cost one-point-six million dollars.", 1.6e6, "USD"),
        ("The bonus is 1.6 mil rubles.", 1.6e6, "RUB"), ("Prices rose 23 times over.", 23, "x"),
        ("Demand hit 74-thousand megawatts.", 74_000, "MW"), ("They grow 4 million tons.", 4e6, "t"),
        ("A $2.5bn budget passed.", 2.5e9, "USD"), ("It sent 67-million dollars.", 67e6, "USD"),
        ("It sent NZ$302m.", 302e6, "NZD"), ("It costs €74-thousand.", 74_000, "EUR"),
        ("It is 2 million won.", 2e6, "KRW"), ("It ran 41 °C.", 41, "degC"),
    ])
    func numbersInWordsAndMixedForms(text: String, value: Double, unit: String) throws {
        let q = try #require(only(text))
        #expect(q.value == value && q.unit == unit)
    }

    @Test(arguments: [
        ("It needs 1/4 cup.", 0.25, "cup"), ("It runs 10 1/2 miles.", 10.5, "mi"), ("Add ½ teaspoon.", 0.5, "tsp"),
        ("It cost 3 dollars 50 cents.", 3.5, "USD"), ("It costs 15 dollars and 50.", 15.5, "USD"),
        ("They lost 75 USD million.", 75e6, "USD"), ("It rose to 120 MEUR.", 120e6, "EUR"),
        ("It weighs 20 (kg).", 20, "kg"), ("Water boils at 100° Celsius.", 100, "degC"),
    ])
    func fractionsCentsAndFinanceForms(text: String, value: Double, unit: String) throws {
        let q = try #require(only(text))
        #expect(q.value == value && q.unit == unit)
    }

    @Test func aPricePerShareKeepsItsDenominator() throws {
        let q = try #require(only("It was valued at about $98 a share."))
        #expect(q.value == 98 && q.unit == "USD" && q.per == "share")
    }

    @Test func datesWithSlashesAndListMarkersAreNoQuantities() {
        #expect(Extractor().extract("It began on 3/4/2020.").isEmpty)
        #expect(Extractor().extract("1 ) It works.").isEmpty)
    }

    @Test func vagueAmounts() {
        let found = extractor.extract("Thousands of soldiers went, with many more expected, and dozens of homes burned.")
        #expect(found.map(\.vague) == ["thousands", "many more", "dozens"])
        #expect(found.map(\.counted) == ["soldiers", nil, "homes"])
    }

    @Test(arguments: [
        "It began in 2024.", "In 2012-13 it fell.", "It opened on February 25th.", "It was the 3rd time.",
        "It hit at 6:40 a.m. on Monday.", "See page 12.", "He told Studio 7 News.", "The G7 met.",
        "Section 4 applies.", "Jets like the F-16 flew.", "One of them left.",
    ])
    func notQuantities(text: String) {
        #expect(extractor.extract(text).isEmpty, "\(text)")
    }

    @Test func aParentheticalConversionIsTwoQuantities() {
        let found = extractor.extract("They pay 200,000 rubles (about $2,080). Ukraine gets US$200 million (NZ$302m).")
        #expect(found.map(\.text) == ["200,000 rubles", "about $2,080", "US$200 million", "NZ$302m"])
        #expect(found.map(\.unit) == ["RUB", "USD", "USD", "NZD"])
    }

    @Test func offsetsCountCodePoints() throws {
        // ’ and € are one code point each (three UTF-8 bytes).
        let text = "Russia’s offer: €5 million."
        let q = try #require(only(text))
        let scalars = Array(text.unicodeScalars)
        #expect(q.start == 16 && q.end == 26)
        #expect(String(String.UnicodeScalarView(scalars[q.start..<q.end])) == "€5 million")
    }
}
