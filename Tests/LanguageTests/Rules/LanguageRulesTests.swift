import BuiltinData
@testable import Language
@testable import Session
import Story
import Testing

/// The language a journalist types (issue 12), one rule at a time: each case is an input, the
/// lines run before it in the same session, and the exact text Dossier must print. Every expected
/// value was worked out by hand (the arithmetic is in the comment beside it where it is not plain).
@Suite struct LanguageRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var setup: [String]
        var input: String
        var expected: String
        init(_ input: String, _ expected: String, after setup: [String] = []) {
            self.setup = setup
            self.input = input
            self.expected = expected
        }
        var testDescription: String { input }
    }

    static let story: Story = try! StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)

    static let rate = ":rate 1 USD = 1,380 KRW from \"Bank of Korea\" on 2024-10-18"
    static let rateLine = "  rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)"

    /// 1. `to` after a quantity with a unit (and no number after it) converts.
    static let conversions: [Case] = [
        Case("500 g to kg", "0.5 kg"),
        Case("rice_offer to Mt", "0.6 to 0.7 Mt\n  uses: rice_offer"),                        // 600,000 to 700,000 t
        Case("800 USD/month to USD/day", "26.2839 USD/day"),                                  // 800 × 12 / 365.2425 = 26.28390…
        Case("2 year to month", "24 month"),
        Case("1 week to day", "7 day"),
        Case("1.5 t to kg", "1,500 kg"),
        Case("3 hour to minute", "180 minute"),
        Case("2000 USD/month to USD/year", "24,000 USD/year"),
        Case("1 to 2 kg to g", "1,000 to 2,000 g"),                                           // a range, then a conversion
        Case("500 g -> kg", "0.5 kg"),
        Case("500 g in kg", "0.5 kg"),
        Case("10 m to km", "0.01 km"),
        Case("6 m^2 to km^2", "0.000006 km^2"),                                                // an exponent is not a range's end
        Case("5 to soldier_pay", """
            error[value]: convert to a unit, like `USD/year` or `Mt`
              |
            1 | 5 to soldier_pay
              |      ^^^^^^^^^^^ not a plain unit
              = help: a range needs a number at both ends, like `1800 to 2200 USD`
            """),
    ]

    /// 2. A range binds tighter than `*` and `/`, as a number binds to its unit.
    static let ranges: [Case] = [
        Case("1800 to 2200 USD/month * 12 month", "21,600 to 26,400 USD"),                   // 1800 × 12, 2200 × 12
        Case("8000 to 12000 * 2000 USD/month", "16,000,000 to 24,000,000 USD/month   (16 million to 24 million)"),
        Case("(1800 to 2200) USD/month", "1,800 to 2,200 USD/month"),
        Case("(1800 to 2200) USD/month * 12 month", "21,600 to 26,400 USD"),
        Case("2 * 3 to 4", "6 to 8"),
        Case("1 + 2 to 3", "3 to 4"),
        Case("40 kg / 3 week", "13.3333 kg/week"),
        Case("(600 to 700) thousand t", "600,000 to 700,000 t"),
        Case("-3 to -1", "-3 to -1"),
        Case("10% to 20%", "0.1 to 0.2   (10% to 20%)"),
        // 8000 × 1800 × 12 = 172,800,000; 12000 × 2200 × 12 = 316,800,000
        Case("(8000 to 12000) * (1800 to 2200) * 12", "172,800,000 to 316,800,000   (172.8 million to 316.8 million)"),
        Case("1800..2200 USD", "1,800 to 2,200 USD"),
    ]

    /// 3. Shorthand numbers, `per`, scale words as targets; a unit wins over a suffix.
    static let shorthand: [Case] = [
        Case("2k USD", "2,000 USD"),
        Case("1.8k", "1,800"),
        Case("10k", "10,000"),
        Case("$200m", "200,000,000 USD   (200 million)"),
        Case("$2.5bn", "2,500,000,000 USD   (2.5 billion)"),
        Case("$2.5M", "2,500,000 USD   (2.5 million)"),
        Case("1.5bn", "1,500,000,000   (1.5 billion)"),
        Case("200m", "200 m"),
        Case("2kg", "2 kg"),
        Case("1800..2200", "1,800 to 2,200"),
        Case("$2,000 per month", "2,000 USD/month"),
        Case("240000000 USD -> million USD", "240 million USD"),
        Case("2.5e9 in billions", "2.5 billion"),
        Case("5000 in millions", "0.005 million"),
        Case("rice_offer in thousands", "600 to 700 thousand t\n  uses: rice_offer"),
        Case("soldier_pay * 12 month * 10k in millions", "240 million USD\n  uses: soldier_pay (around; reportedly)"),   // 2000 × 12 × 10,000
        Case("€5bn", "5,000,000,000 EUR   (5 billion)"),
        Case("£3k", "3,000 GBP"),
        Case("₩1,380", "1,380 KRW"),
        Case("2.76 million KRW", "2,760,000 KRW   (2.76 million)"),
        Case("200,000 rubles", "200,000 RUB"),
        Case("¥5", """
            error[syntax]: `¥` is both the Japanese yen and the Chinese yuan
              |
            1 | ¥5
              | ^ ambiguous
              = help: write the currency's code after the amount: `5 JPY` or `5 CNY`
            """),
    ]

    /// 4. Counting words are labels that need a number before them.
    static let counts: [Case] = [
        Case("workers * worker_pay", """
            error[value]: `workers` is a counting word, not a number: it needs a number before it
              |
            1 | workers * worker_pay
              | ^^^^^^^ how many?
              = help: did you mean `worker_count`? Or write a number before it, like `4000 workers`
            """),
        Case("soldiers + workers", """
            error[value]: `soldiers` is a counting word, not a number: it needs a number before it
              |
            1 | soldiers + workers
              | ^^^^^^^^ how many?
              = help: did you mean `troops_sent` or `troops_expected`? Or write a number before it, like `4000 soldiers`
            """),
        Case("worker_count * worker_pay", "3,200,000 USD/month   (3.2 million)\n  uses: worker_count (around), worker_pay (approximately)"),
        Case("10 soldier", "10 soldier"),
        Case("2000 USD/soldier", "2,000 USD/soldier"),
        Case("workers * 2", "10", after: ["let workers = 5"]),                                // a variable is not the counting word
        Case("10 soldier / 20 soldier", "0.5   (50%)"),
    ]

    /// 5. Currencies: each its own money, met only through a stated rate.
    static let currencies: [Case] = [
        Case("1 USD + 1380 KRW", """
            error[rate]: no exchange rate between USD and KRW is stated
              |
            1 | 1 USD + 1380 KRW
              | ^^^^^^^^^^^^^^^^ USD and KRW
              = help: two currencies meet only through a rate you state, with its source: `:rate 1 USD = N KRW from "SOURCE" on DATE`
            """),
        Case(rate, "rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18) for this session"),
        Case("1 USD + 1380 KRW", "2 USD\n" + rateLine, after: [rate]),
        Case("2.76 million KRW to USD", "2,000 USD\n" + rateLine, after: [rate]),                 // 2,760,000 / 1,380
        Case("soldier_pay to KRW/month", "2,760,000 KRW/month   (2.76 million)\n  uses: soldier_pay (around; reportedly)\n" + rateLine, after: [rate]),
        Case("€100 + $1", "100.926 EUR\n  rate: 1 EUR = 1.08 USD (no source given)", after: [":rate 1 EUR = 1.08 USD"]),   // 100 + 1/1.08
        Case("€100 to USD", """
            error[rate]: no exchange rate between USD and EUR is stated
              |
            1 | €100 to USD
              | ^^^^^^^^^^^ USD and EUR
              = help: two currencies meet only through a rate you state, with its source: `:rate 1 USD = N EUR from "SOURCE" on DATE`
            """),
        Case(":rate 1 USD = 2 t", """
            error[command]: each side of a rate is an amount of one currency, like `1 USD` or `1,380 KRW`
              |
            1 | :rate 1 USD = 2 t
              |               ^^^ not an amount of money
            """),
        Case(":rate 1 USD = 3 KRW on yesterday", """
            error[command]: expected a date like 2024-10-18 (or 2024-10, or 2024)
              |
            1 | :rate 1 USD = 3 KRW on yesterday
              |                        ^^^^^^^^^ not a date
            """),
        Case("1000 won", "1,000 won\n  note: won is read as the South Korean won (KRW); North Korea's won is KPW"),
        Case(":rate", "rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)", after: [rate]),
        Case("deficit(2 USD, 1000 KRW)", """
            error[rate]: USD and KRW meet inside a function, which takes one currency
              |
            1 | deficit(2 USD, 1000 KRW)
              |                ^^^^^^^^ USD and KRW
              = help: convert first, e.g. `x to USD`; the stated rate is used there and listed
            """, after: [rate]),
        Case("deficit(2 USD, 1380 KRW to USD)", "1 USD\n" + rateLine, after: [rate]),                   // 2 − 1,380/1,380
        Case("1000 KRW + 1 t", """
            error[dimension]: cannot add an amount of money (KRW) and a mass (t): the dimensions differ
              |
            1 | 1000 KRW + 1 t
              | ^^^^^^^^^^^^^^ Money vs Mass
              = help: only quantities of one dimension can be added, subtracted or compared
            """),
    ]

    /// 6. Errors that teach.
    static let errors: [Case] = [
        Case("soldiers = 4", """
            error[syntax]: `=` alone does not name a value
              |
            1 | soldiers = 4
              |          ^ to bind a name, start with `let`
              = help: write `let soldiers = …`
            """),
        Case("1800-2200 USD", """
            error[dimension]: cannot subtract an amount of money (USD) from a plain number: the dimensions differ
              |
            1 | 1800-2200 USD
              | ^^^^^^^^^^^^^ dimensionless vs Money
              = help: `-` subtracts; for a range write `1800 to 2200 USD`
            """),
        Case("max(600,700)", """
            error[argument]: `max` is missing its argument `b`
              |
            1 | max(600,700)
              | ^^^^^^^^^^^^ missing `b`
              = help: `600,700` was read as one number: a comma between digits groups them. For two arguments put a space after the comma: `max(600, 700)`
            """),
        Case("max(600, 700)", "700"),
    ]

    /// 7. One rounding per line; ratios of counts as percentages.
    static let rounding: [Case] = [
        Case("1234567 USD", "1,230,000 USD   (1.23 million)", after: [":set digits 3"]),
        Case("1234567 to 2345678 USD", "1,230,000 to 2,350,000 USD   (1.23 million to 2.35 million)", after: [":set digits 3"]),
        Case("1234567 USD", "1,200,000 USD   (1.2 million)", after: [":set digits 2"]),
        Case("240000000 USD", "240,000,000 USD   (240 million)", after: [":set digits 2"]),
        Case("1234567 USD", "1,234,570 USD   (1.235 million)"),
        Case("worker_count / troops_if_sent", "0.4   (40%)\n  uses: troops_if_sent (if), worker_count (around)"),   // 4,000 / 10,000
    ]

    /// 8. `of` after a percentage multiplies; the result is a share only when what follows `of` is.
    static let percentOf: [Case] = [
        Case("50% of 200", "100"),
        Case("40% of 5 kg to g", "2,000 g"),                                                  // 0.4 × 5,000 g
        Case("(10 to 20)% of 1000 USD", "100 to 200 USD"),
        Case("50% of 30%", "0.15   (15%)"),
        Case("r% of r", "1 to 4", after: ["let r = 10 to 20"]),                               // r²/100: one input, 10²/100 to 20²/100
        Case("2 * 50% of 200 USD", "200 USD"),
        Case("25% of rice_offer", "150,000 to 175,000 t\n  uses: rice_offer"),   // 600,000/4, 700,000/4
        Case("3 of 4", """
            error[syntax]: `of` follows a percentage
              |
            1 | 3 of 4
              |   ^^ not after a percentage
              = help: write `40% of 200`, or `*` for other products
            """),
    ]

    /// 9. Counts of different things do not add up; a product is a share only with a share in it.
    static let countLabels: [Case] = [
        Case("10 soldier + 5 worker", """
            error[dimension]: cannot add counts of different things (soldier and worker)
              |
            1 | 10 soldier + 5 worker
              | ^^^^^^^^^^^^^^^^^^^^^ soldier vs worker
              = help: the result would be counted in soldier; to count both as one thing, write the number without its label or with a label both are, e.g. `(10 + 5) person`
            """),
        Case("10 soldier + 5 troops", "15 soldier"),                                         // troops is soldier's plural
        Case("10 soldier - 4", "6 soldier"),
        Case("10 soldier/month * 2 month + 3 soldier", "23 soldier"),                        // a count, not 2,300%
        Case("50% * 200 soldier", "100 soldier"),
        Case("1 year * (1/month)", "12"),                                                    // months in a year, not 1,200%
        Case("2 * 3%", "0.06   (6%)"),
    ]

    /// 10. Temperatures are readings in degrees Celsius, their own dimension, with a note on every result.
    static let temperatures: [Case] = [
        Case("41 degC - 20 celsius", "21 degC\n  note: " + temperatureNote),
        Case("41 degC + 5 kg", """
            error[dimension]: cannot add a temperature (degC) and a mass (kg): the dimensions differ
              |
            1 | 41 degC + 5 kg
              | ^^^^^^^^^^^^^^ Temperature vs Mass
              = help: only quantities of one dimension can be added, subtracted or compared
            """),
    ]
    static let temperatureNote = "degC is a reading in degrees Celsius: differences of readings are temperatures, but sums, ratios and multiples of readings are not physical quantities"

    static let all = conversions + ranges + shorthand + counts + currencies + errors + rounding + percentOf + countLabels + temperatures

    @Test func aStoryStatesARateWithItsSourceAndDate() throws {
        let text = BuiltinStory.text + """

            source bank-of-korea
              name: Bank of Korea

            rate usd_krw
              value: 1 USD = 1,380 KRW
              source: bank-of-korea
              date: 2024-10-18

            """
        let session = Session(story: try StoryReader.read(text, fileName: "rated.dossier"))
        #expect(session.storyIssues.isEmpty)
        // 2,000 USD/month × 1,380
        #expect(session.text("soldier_pay to KRW/month") == "2,760,000 KRW/month   (2.76 million)\n  uses: soldier_pay (around; reportedly)\n" + Self.rateLine)
        #expect(session.text(":rate") == "rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)")
        // A rate stated in the session takes over for later inputs: 1 USD = 1,400 KRW.
        #expect(session.text(":rate 1 USD = 1,400 KRW") == "rate: 1 USD = 1,400 KRW (no source given) for this session")
        #expect(session.text("2800 KRW to USD") == "2 USD\n  rate: 1 USD = 1,400 KRW (no source given)")
    }

    /// Lines of one shape run from a compiled template after the first: the rate, the shorthand
    /// and the conversion must come out the same there.
    @Test func compiledShapesKeepTheRules() {
        let session = Session(story: Self.story)
        _ = session.run(":rate 1 USD = 1,380 KRW")
        let rate = "\n  rate: 1 USD = 1,380 KRW (no source given)"
        #expect(session.text("1 USD + 1380 KRW") == "2 USD" + rate)
        #expect(session.text("2 USD + 2760 KRW") == "4 USD" + rate)
        #expect(session.text("3 USD + 1380 KRW") == "4 USD" + rate)
        #expect(session.text("5 g to kg") == "0.005 kg")
        #expect(session.text("7 g to kg") == "0.007 kg")
        #expect(session.text("2k USD") == "2,000 USD")
        #expect(session.text("3k USD") == "3,000 USD")
        #expect(session.text("1000 to 2000 USD/month * 12 month") == "12,000 to 24,000 USD")
        #expect(session.text("30 soldier / 20 soldier") == "1.5   (150%)")
        // A new rate empties the compiled shapes: 1 USD + 1,000 KRW at 1 USD = 1,000 KRW.
        _ = session.run(":rate 1 USD = 1,000 KRW")
        #expect(session.text("1 USD + 1000 KRW") == "2 USD\n  rate: 1 USD = 1,000 KRW (no source given)")
    }

    @Test func helpUnitsListsTheCurrencies() {
        let help = Session(story: Self.story).text(":help units")
        for code in ["USD", "EUR", "GBP", "JPY", "CNY", "KRW", "KPW", "RUB", "UAH", "NZD", "CHF", "INR"] {
            #expect(help.contains("\n  \(code) ") && help.contains("— currency"), "\(code) missing")
        }
        #expect(help.contains("  CNY (RMB, cny, renminbi, yuan) — currency\n"))
        #expect(help.contains(":rate 1 USD = 1,380 KRW from \"Bank of Korea\" on 2024-10-18"))
    }

    @Test func thereAreAtLeastSixtyCases() {
        #expect(Self.all.count >= 60)
    }

    @Test(arguments: all)
    func prints(_ c: Case) {
        let session = Session(story: Self.story)
        for line in c.setup {
            guard case .output = session.run(line) else { Issue.record("setup failed: \(line)"); return }
        }
        #expect(session.text(c.input) == c.expected)
    }
}
