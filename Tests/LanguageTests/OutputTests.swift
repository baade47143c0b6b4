import Testing
@testable import Language

/// Exact text of what users read: results, provenance, commands.
@Suite struct OutputTests {
    @Test func resultWithProvenance() {
        let s = TestStory.session()
        #expect(s.text("let annual = 10_000 * soldier_pay * 12 month") == """
        annual = 240,000,000 USD   (240 million)
          uses: soldier_pay (around; reportedly)
        """)
        #expect(s.text("annual / 2") == """
        120,000,000 USD   (120 million)
          uses: soldier_pay (around; reportedly)
        """)
    }

    @Test func assumptionsAreLabelled() {
        let s = TestStory.session()
        #expect(s.text("grain_need * 1 year") == """
        5,350,000 to 5,750,000 t   (5.35 million to 5.75 million)
          assumes: grain_need (5,350,000 to 5,750,000 t/year; not in the article)
        """)
    }

    @Test func vagueFactRefusesArithmeticUntilAssumed() {
        let s = TestStory.session()
        #expect(s.text("troops_sent * 2000 USD/month") == """
        error[vague]: `troops_sent` is vague in the article (“thousands”), so it has no number to compute with
          |
        1 | troops_sent * 2000 USD/month
          | ^^^^^^^^^^^ vague: “thousands”
          = help: the hedge table reads “thousands” as 2,000 to 9,000 (docs/hedges.md): `:set hedges on` computes with that reading; or give your own with `:assume troops_sent = …`
        """)
        #expect(s.text(":assume troops_sent = 2000 to 10000") == "assume troops_sent = 2,000 to 10,000 for this session (the article says “thousands”)")
        // 2,000 × 2,000 × 12 = 48 million; 10,000 × 2,000 × 12 = 240 million
        #expect(s.text("troops_sent * soldier_pay * 12 month") == """
        48,000,000 to 240,000,000 USD   (48 million to 240 million)
          uses: soldier_pay (around; reportedly)
          assumes: troops_sent = 2000 to 10000 (your :assume; the article says “thousands”)
        """)
    }

    @Test func checkRecomputesTheArticle() {
        let s = TestStory.session()
        #expect(s.text(":check") == """
        soldier_revenue: soldier_pay * troops_if_sent -> USD/year
          computed: 240,000,000 USD/year   (240 million)
          stated:   over 200,000,000 USD/year   (over 200 million)   (soldier_revenue_claim)
          verdict:  holds at face value; holds for every reading
          readings: computed 228,000,000 to 252,000,000 USD/year; stated 200,000,000 to 300,000,000 USD/year
            soldier_pay 1,900 to 2,100 USD/month: “around” on a number with one significant digit (rounded to the thousand): ±5%
            soldier_revenue_claim 200,000,000 to 300,000,000 USD/year: “over” 200,000,000 read up to the next round number, 300,000,000
          uses: soldier_pay (around; reportedly), troops_if_sent (if 10,000 troops are sent)
        """)
    }

    @Test func tableDrawsBars() {
        let s = TestStory.session()
        // 5,000 / 10,000 / 20,000 troops × 2,000 USD/month × 12: 120, 240, 480 million; bars 30 × share of 480
        #expect(s.text(":table n in 5000, 10000, 20000: revenue(n, soldier_pay, 1 year)") == """
        n       revenue(n, soldier_pay, 1 year)
        5,000   120,000,000 USD   (120 million)  ████████
        10,000  240,000,000 USD   (240 million)  ███████████████
        20,000  480,000,000 USD   (480 million)  ██████████████████████████████
          uses: soldier_pay (around; reportedly)
        """)
    }

    @Test func failedInputLeavesTheSessionUnchanged() {
        let s = TestStory.session()
        _ = s.run("let a = 5")
        _ = s.run("let a = 5 flurbs")
        #expect(s.text("a") == "5")
        _ = s.run(":assume grain_need = 3 USD")
        #expect(s.text(":vars") == "variables:\n  a = 5")
    }

    @Test func failedAssumeKeepsTheEarlierReading() {
        let s = TestStory.session()
        _ = s.run(":assume troops_sent = 2000 to 10000")
        // Fails while evaluating (unknown unit) and while checking (wrong dimension).
        #expect(s.text(":assume troops_sent = 5 flurbs").hasPrefix("error[unknown-unit]"))
        #expect(s.text(":assume troops_sent = 5 kg").hasPrefix("error[dimension]"))
        #expect(s.text(":assume troops_sent") == "troops_sent = 2000 to 10000 (your :assume)")
    }

    @Test func manyVariablesStayCheapAndIntact() {
        // 2,000 bindings, then a failing one: all earlier ones are still there.
        let s = TestStory.session()
        for i in 0..<2000 { _ = s.run("let v\(i) = \(i)") }
        _ = s.run("let v5 = 1 / 0")
        #expect(s.text("v5 + v1999") == "2,004")
    }

    @Test func unfinishedBracketsAskForMore() {
        let s = TestStory.session()
        #expect(s.run("let x = (1 +") == .incomplete)
        #expect(s.text("let x = (1 +\n 2)") == "x = 3")
    }

    @Test func functionsAndUnits() {
        let s = TestStory.session()
        #expect(s.text("fn annual(x) = x * 12 month") == "fn annual(x) = x * 12 month")
        #expect(s.text("annual(soldier_pay)") == "24,000 USD\n  uses: soldier_pay (around; reportedly)")
        // A unit of the user's own: 1 kwon = 1,000 KRW (a currency of its own, not USD).
        #expect(s.text("unit kwon = 1000 KRW") == "unit kwon = 1,000 KRW")
        #expect(s.text("2 kwon + 500 KRW") == "2.5 kwon")
        // 1,380 KRW to the dollar, stated: 1,000,000 KRW = 724.637… USD
        #expect(s.text(":rate 1 USD = 1,380 KRW") == "rate: 1 USD = 1,380 KRW (no source given) for this session")
        #expect(s.text("1 million KRW -> USD") == "724.638 USD\n  rate: 1 USD = 1,380 KRW (no source given)")
        #expect(s.text("1 ton") == "1 ton\n  note: ton is read as the metric tonne (1,000 kg), not the US short ton or the long ton")
    }
}

/// The renderer names a script's line in the gutter and keeps the caret right on long lines.
@Suite struct RendererTests {
    @Test func scriptLineInTheGutter() {
        let d = Diagnostic(.divisionByZero, "division by zero", at: SourceSpan(2, 3), label: "this is zero")
        #expect(DiagnosticRenderer.render(d, input: "1/0", origin: "notes.dos:7") == """
        error[division-by-zero]: division by zero
         --> notes.dos:7
          |
        7 | 1/0
          |   ^ this is zero
        """)
    }

    @Test func longLineIsWindowedAroundTheSpan() {
        // 300 `1+`, `x`, 300 `+1`: the span is byte 600; the 120-column window starts 40 before it
        // (column 560) and ends at 680, inside the second run: 39 `+1` and a `+`.
        let input = String(repeating: "1+", count: 300) + "x" + String(repeating: "+1", count: 300)
        let d = Diagnostic(.unknownName, "no x", at: SourceSpan(600, 601))
        let lines = DiagnosticRenderer.render(d, input: input).split(separator: "\n").map(String.init)
        #expect(lines[2] == "1 | …" + String(repeating: "1+", count: 20) + "x" + String(repeating: "+1", count: 39) + "+…")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 41) + "^")
    }
}
