import BuiltinData
import Story
import Testing

/// Every row of the built-in hedge table, each reading worked out by hand in the comments.
@Suite struct HedgeReadingTests {
    let table: HedgeTable

    init() throws {
        table = try HedgeTable.read(BuiltinHedges.text, fileName: BuiltinHedges.fileName).get()
    }

    func reading(_ value: FactValue, _ qualifier: String?) -> HedgeReading? {
        HedgeReading.of(value, qualifier: qualifier, table: table)
    }

    func ends(_ value: FactValue, _ qualifier: String?) -> [Double]? {
        reading(value, qualifier).map { [$0.lo, $0.hi] }
    }

    @Test func everyRowIsTested() {
        // The words the tests below cover; a new row needs a test.
        let tested = ["about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more than",
                      "at least", "under", "less than", "at most", "up to", "a few", "several", "dozens", "hundreds",
                      "thousands", "many more", "if", "plain"]
        #expect(table.rows.map(\.word) == tested)
        #expect(table.rows.allSatisfy { !$0.basis.isEmpty })
    }

    @Test func approximatorsScaleWithRoundness() {
        // One significant digit: ±5%. 2,000 × 5% = 100.
        #expect(ends(.point(2000), "around") == [1900, 2100])
        #expect(reading(.point(2000), "around")?.why == "“around” on a number with one significant digit (rounded to the thousand): ±5%")
        // Two: ±2%. 2,100 × 2% = 42.
        #expect(ends(.point(2100), "around") == [2058, 2142])
        // Three or more: ±1%. 2,150 × 1% = 21.5.
        #expect(ends(.point(2150), "around") == [2128.5, 2171.5])
        #expect(reading(.point(2150), "around")?.why == "“around” on a number with three or more significant digits (rounded to the ten): ±1%")
        // 100 × 5% = 5; 800 × 5% = 40; 27 million × 2% = 540,000; 4,000 × 5% = 200.
        #expect(ends(.point(100), "about") == [95, 105])
        #expect(ends(.point(800), "approximately") == [760, 840])
        #expect(ends(.point(27e6), "roughly") == [26_460_000, 27_540_000])
        #expect(ends(.point(4000), "some") == [3800, 4200])
        // Qualifiers are matched in any case.
        #expect(ends(.point(4e6), "About") == [3_800_000, 4_200_000])
    }

    @Test func nearlyAndAlmostAreBelow() {
        #expect(ends(.point(100), "nearly") == [95, 100])
        // 2,150 has three significant digits: -1% is 21.5 below.
        #expect(ends(.point(2150), "almost") == [2128.5, 2150])
    }

    @Test func lowerBoundsReachTheNextRoundNumber() throws {
        // 200 million: last significant digit in the hundred millions, so the next round number is 300 million.
        let over = try #require(reading(.lowerBound(200e6, strict: true), "over"))
        #expect([over.lo, over.hi] == [200e6, 300e6])
        #expect(over.loOpen && !over.hiOpen)
        #expect(over.why == "“over” 200,000,000 read up to the next round number, 300,000,000")
        // 150 ends in 5: on the scale of fifties, so up to 200.
        #expect(ends(.lowerBound(150, strict: true), "more than") == [150, 200])
        let atLeast = try #require(reading(.lowerBound(10, strict: false), "at least"))
        #expect([atLeast.lo, atLeast.hi] == [10, 20])
        #expect(!atLeast.loOpen)
        // A bound with no qualifier is read by its own word.
        #expect(reading(.lowerBound(200e6, strict: true), nil)?.word == "over")
    }

    @Test func upperBoundsReachTheRoundNumberBelow() throws {
        // 5,000 is one digit (a single 5 is no fifty-scale): down to 4,000.
        let under = try #require(reading(.upperBound(5000, strict: true), "under"))
        #expect([under.lo, under.hi] == [4000, 5000])
        #expect(under.hiOpen && !under.loOpen)
        #expect(ends(.upperBound(250, strict: true), "less than") == [200, 250])
        #expect(ends(.upperBound(30, strict: false), "at most") == [20, 30])
        // A power of ten steps down on the scale below it: 10,000 to 9,000, not to zero.
        #expect(ends(.upperBound(10_000, strict: false), "up to") == [9000, 10_000])
        #expect(ends(.lowerBound(100, strict: true), "over") == [100, 200])
        #expect(reading(.upperBound(30, strict: false), nil)?.word == "at most")
    }

    @Test func vagueWordsHaveFixedReadings() {
        #expect(ends(.vague("a few"), nil) == [2, 4])
        #expect(ends(.vague("several"), nil) == [4, 10])
        #expect(ends(.vague("dozens"), nil) == [12, 48])
        #expect(ends(.vague("hundreds"), nil) == [200, 500])
        #expect(ends(.vague("thousands"), nil) == [2000, 9000])
        #expect(reading(.vague("thousands"), nil)?.why == "“thousands” read as 2,000 to 9,000")
        #expect(reading(.vague("many more"), nil) == nil)
    }

    @Test func faceValueWithoutAReading() {
        // "if" sets a scenario; a range is its own reading; no word, an unknown word: face value.
        #expect(reading(.point(10_000), "if") == nil)
        #expect(reading(.point(10_000), "if 10,000 troops are sent") == nil)
        #expect(reading(.range(600_000, 700_000), "about") == nil)
        #expect(reading(.point(2000), nil) == nil)
        #expect(reading(.point(2000), "allegedly") == nil)
    }

    @Test func plainNumbersCarryTheirPrecision() throws {
        // 27 million: last digit in the millions, ±500,000.
        let p = try #require(HedgeReading.precision(of: 27e6, table: table))
        #expect([p.lo, p.hi] == [26_500_000, 27_500_000])
        #expect(HedgeReading.precision(of: 2150, table: table).map { [$0.lo, $0.hi] } == [2145, 2155])
        #expect(HedgeReading.precision(of: 5.35e6, table: table).map { [$0.lo, $0.hi] } == [5_345_000, 5_355_000])
    }

    @Test func roundness() {
        #expect(Roundness(2000) == Roundness(place: 1000, digits: 1, endsInFive: false))
        #expect(Roundness(2150).place == 10 && Roundness(2150).digits == 3 && Roundness(2150).endsInFive)
        #expect(Roundness(27e6).place == 1e6 && Roundness(27e6).digits == 2)
        #expect(Roundness(5.35e6).place == 1e4 && Roundness(5.35e6).digits == 3)
        #expect(Roundness(0.25).place == 0.01 && Roundness(0.25).digits == 2)
        #expect(Roundness(150).step == 50)
        #expect(Roundness(200e6).step == 100e6)
    }

    @Test func rulesReadAndWriteBack() throws {
        for text in ["±5% ±2% ±1%", "±10%", "-5% -2% -1%", "+50%", "next round", "2,000 to 9,000", "precision", "none"] {
            let rule = try HedgeRule.parse(text).get()
            #expect(rule.text == text)
        }
        #expect(try HedgeRule.parse("+-10%").get() == .relative(below: [10, 10, 10], above: [10, 10, 10]))
        #expect(try HedgeRule.parse("-5%").get() == .relative(below: [5, 5, 5], above: [0, 0, 0]))
        #expect(try HedgeRule.parse("±5%  ±2%").get() == .relative(below: [5, 2, 2], above: [5, 2, 2]))
    }

    @Test func badRulesSayWhatIsExpected() {
        for bad in ["10%", "±x%", "±5% -2%", "9 to 2", "±150%", "", "±1% ±2% ±3% ±4%"] {
            guard case .failure(let e) = HedgeRule.parse(bad) else {
                Issue.record("`\(bad)` was accepted")
                continue
            }
            #expect(!e.message.isEmpty)
        }
        #expect(HedgeRule.parse("9 to 2") == .failure(HedgeRuleError(message: "`9 to 2` must run from low to high")))
    }

    @Test func tableFileProblemsNameTheLine() {
        let text = "dossier-hedges 1\naround | ±5% | x\naround | ±6% | y\nover | sideways | z\nbad line\n"
        guard case .failure(let e) = HedgeTable.read(text, fileName: "t.table") else {
            Issue.record("accepted")
            return
        }
        #expect(e.problems.count == 3)
        #expect(e.problems[0] == "t.table:3: `around` has a row already")
        #expect(e.problems[1].hasPrefix("t.table:4: expected `±10%`"))
        #expect(e.problems[2] == "t.table:5: expected `WORD | READING | BASIS`")
        #expect(HedgeTable.read("", fileName: "e").map(\.rows.count) == .failure(HedgeTableError(problems: ["e:1: the file is empty; it must start with `dossier-hedges 1`"])))
    }

    @Test func replacingARow() {
        let changed = table.replacing("Around", with: .relative(below: [10, 10, 10], above: [10, 10, 10]), basis: "your :hedge")
        #expect(HedgeReading.of(.point(2000), qualifier: "around", table: changed).map { [$0.lo, $0.hi] } == [1800, 2200])
        #expect(changed.row("around")?.basis == "your :hedge")
        #expect(changed.rows.count == table.rows.count)
    }
}
