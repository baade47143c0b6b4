import Extract
import Testing
@testable import Draft

/// Which sentences state their own arithmetic; every product worked out by hand.
@Suite struct CheckFinderTests {
    /// The checks (as quantity texts: money, count, stated) and the unsure amounts of one text.
    func found(_ text: String) -> (checks: [[String]], unsure: [String]) {
        let quantities = Extractor().extract(text)
        let finder = CheckFinder(quantities: quantities, scalars: Array(text.unicodeScalars), results: Lexicon.english.results)
        let (checks, unsure) = finder.find { _ in true }
        return (checks.map { [$0.money, $0.count, $0.stated].map { quantities[$0].text } }, unsure.map { quantities[$0].text })
    }

    @Test(arguments: [
        // 12,000 × 25,000 = 300,000,000: the total stated before the count and the amount.
        ("The relief fund holds $300 million, which could cover around 25,000 families at $12,000 each.",
         [["$12,000", "around 25,000", "$300 million"]]),
        // After a result word, as before: 500 × 2,000 = 1,000,000.
        ("The firm paid $500 each to 2,000 workers, totaling $1 million, a spokesman said.",
         [["$500", "2,000", "$1 million"]]),
        // 30,000 × 41,000 = 1.23 billion, which is $1.2 billion to the tenth of a billion written.
        ("A $1.2 billion plan gives 41,000 households $30,000 each.", [["$30,000", "41,000", "$1.2 billion"]]),
        // 30,000 × 43,000 = 1.29 billion: not $1.2 billion to its precision.
        ("A $1.2 billion plan gives 43,000 households $30,000 each.", []),
        // 12,000 × 20,000 = 240 million, not 300 million.
        ("The fund holds $300 million and will pay 20,000 families $12,000 each.", []),
        // 2,000 × 500 = 1,000,000, both a month.
        ("Each of the 500 workers earns $2,000 a month, and together they cost $1 million a month.",
         [["$2,000 a month", "500", "$1 million a month"]]),
        // 2,000 a month × 500 is no total a year.
        ("Each of the 500 workers earns $2,000 a month, and the firm spent $1 million last year.", []),
    ] as [(String, [[String]])])
    func checks(text: String, checks: [[String]]) {
        let result = found(text)
        #expect(result.checks == checks)
        #expect(result.unsure.isEmpty)
    }

    @Test func aResultWordWithoutAProductIsUnsure() {
        let result = found("Farmers sold 3 million tonnes, worth $900 million, officials said.")
        #expect(result.checks.isEmpty && result.unsure == ["$900 million"])
    }

    @Test(arguments: [("$300 million", 1e6), ("$2.5bn", 1e8), ("$12,000", 1.0), ("around 1.25 million", 1e4)])
    func theLastDigitWrittenGivesThePrecision(text: String, place: Double) throws {
        let q = try #require(Extractor().extract("They said \(text).").first)
        #expect(CheckFinder.place(q) == place)
    }
}
