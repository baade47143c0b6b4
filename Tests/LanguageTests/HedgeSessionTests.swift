@testable import Language
import Quantity
@testable import Session
import Story
import Testing

/// Readings in a session: arithmetic over them, :hedge, :check's two verdicts. Every figure is
/// worked out by hand in the comments (the built-in table: "around" on one significant digit ±5%).
@Suite struct HedgeSessionTests {
    @Test func faceValueUnlessHedgesAreOn() {
        let s = TestStory.session()
        // 2,000 × 10,000 × 12 = 240 million
        #expect(s.text("soldier_pay * troops_if_sent * 1 year") == """
        240,000,000 USD   (240 million)
          uses: soldier_pay (around; reportedly), troops_if_sent (if 10,000 troops are sent)
        """)
        #expect(s.text(":set hedges on") == "hedges on: arithmetic takes hedged facts as their readings (:hedges lists them)")
        // 1,900 × 10,000 × 12 = 228 million; 2,100 × 10,000 × 12 = 252 million. "if" is a scenario: 10,000 stays.
        #expect(s.text("soldier_pay * troops_if_sent * 1 year") == """
        228,000,000 to 252,000,000 USD   (228 million to 252 million)
          uses: soldier_pay (around; reportedly; read as 1,900 to 2,100 USD/month), troops_if_sent (if 10,000 troops are sent)
        """)
        #expect(s.text(":set hedges off") == "hedges off: arithmetic takes stated numbers at face value")
        #expect(s.text("soldier_pay * 1 month") == "2,000 USD\n  uses: soldier_pay (around; reportedly)")
    }

    @Test func vagueFactsReadWhenHedgesAreOn() {
        let s = TestStory.session()
        #expect(s.text("troops_sent * soldier_pay").contains("= help: the hedge table reads “thousands” as 2,000 to 9,000 (docs/hedges.md): `:set hedges on` computes with that reading; or give your own with `:assume troops_sent = …`"))
        _ = s.text(":set hedges on")
        // 2,000 × 1,900 × 12 = 45.6 million; 9,000 × 2,100 × 12 = 226.8 million
        #expect(s.text("troops_sent * soldier_pay * 1 year") == """
        45,600,000 to 226,800,000 USD   (45.6 million to 226.8 million)
          uses: soldier_pay (around; reportedly; read as 1,900 to 2,100 USD/month), troops_sent (reportedly; read as 2,000 to 9,000)
        """)
    }

    @Test func hedgeChangesARowForTheSession() {
        let s = TestStory.session()
        // ±10% of 2,000 is 200.
        #expect(s.text(":hedge around = ±10%") == """
        hedge around = ±10% for this session (built in: ±5% ±2% ±1%)
          now read: soldier_pay 1,800 to 2,200 USD/month
        """)
        #expect(s.text(":hedge around") == "around = ±10% (your :hedge); built in: ±5% ±2% ±1%")
        #expect(s.text(":hedge around = built-in").hasPrefix("hedge around = ±5% ±2% ±1% for this session"))
        #expect(s.text(":hedge around = sideways").hasPrefix("error[command]: expected `±10%`"))
        #expect(s.text(":hedge arund").contains("did you mean `around`?"))
        // A word the table lacks may be added (a story may use another hedge word).
        #expect(s.text(":hedge arond = ±1%") == "hedge arond = ±1% for this session (not in the built-in table)\n  no fact of this story is qualified by “arond”; did you mean `around`?")
        _ = s.text(":hedge around = -20%")
        _ = s.text(":reset")
        #expect(s.text(":hedge around") == "around = ±5% ±2% ±1% (Ferson et al. 2015, as for \"about\" (they found little difference between approximators))")
    }

    @Test func checkGivesBothVerdicts() {
        let s = TestStory.session()
        // Face: 240 million is over 200 million. Readings: 228 to 252 million lies within "over
        // 200 million" read up to 300 million.
        let out = s.text(":check")
        #expect(out.contains("  verdict:  holds at face value; holds for every reading\n  readings: computed 228,000,000 to 252,000,000 USD/year; stated 200,000,000 to 300,000,000 USD/year"))
        // -20%: 1,600 × 10,000 × 12 = 192 million, below 200 million for part of the reading.
        _ = s.text(":hedge around = -20%")
        #expect(s.text(":check").contains("  verdict:  holds at face value; fails for part of the reading"))
        // -50%: 1,000 to 2,000 gives 120 to 240 million: still part.  +50% on "over": 200 to 300 million.
        _ = s.text(":hedge around = ±1%")
        _ = s.text(":hedge over = +10%")
        // 1,980 to 2,020 → 237.6 to 242.4 million; "over 200 million" +10% → 200 to 220 million: fails for every reading.
        #expect(s.text(":check").contains("  verdict:  holds at face value; fails for every reading"))
    }

    /// A claim stated as "roughly 27 million" and computed as 26.99 million.
    static let roughStory: Story = {
        let facts = [
            Fact(id: "computed_part", value: .point(26.99e6), unit: "USD/year", qualifier: nil, hedges: [], line: 1),
            Fact(id: "stated_total", value: .point(27e6), unit: "USD/year", qualifier: "roughly", hedges: [], line: 2),
        ]
        let claims = [CheckableClaim(id: "total", formula: "computed_part", statedFactId: "stated_total", line: 3)]
        return Story(id: "rough", title: "T", outlet: "O", author: "A", facts: facts, assumptions: [], checkableClaims: claims, contentHash: "sha256:0")
    }()

    @Test func aStatedNumberCarriesItsPrecision() {
        let s = Session(story: Self.roughStory)
        // "27 million" is 26.5 to 27.5 million at face value; "roughly 27 million" (two significant
        // digits, ±2%) is 26.46 to 27.54 million. 26.99 million lies in both.
        #expect(s.text(":check") == """
        total: computed_part
          computed: 26,990,000 USD/year   (26.99 million)
          stated:   27,000,000 USD/year   (27 million)   (stated_total)
          verdict:  holds at face value; holds for every reading
          readings: computed 26,990,000 USD/year; stated 26,460,000 to 27,540,000 USD/year
            stated_total 26,460,000 to 27,540,000 USD/year: “roughly” on a number with two significant digits (rounded to the million): ±2%
          uses: computed_part
        """)
    }

    @Test func numbersThatPrintTheSameGetTheSameVerdict() {
        let over = Interval.atLeast(200e6, strict: true)
        // Both print as 200,000,000 at six significant digits, so both are judged as 200,000,000.
        let a = CheckVerdict.verdict(CheckVerdict.printed(Interval(point: 200_000_000.4), 6), over)
        let b = CheckVerdict.verdict(CheckVerdict.printed(Interval(point: 199_999_999.9), 6), over)
        #expect(a == b)
        #expect(a == .contradicted)
        // 27,123,456 prints as 27,123,500; so does 27,123,480, which then must hold.
        let stated = CheckVerdict.statedSet(Interval(point: 27_123_456), digits: 6, table: Session.builtinHedges)
        #expect(CheckVerdict.verdict(CheckVerdict.printed(Interval(point: 27_123_480), 6), stated) == .holds)
        // At face value 26.99 million is within "27 million" (26.5 to 27.5 million); 28 million is not.
        let m27 = CheckVerdict.statedSet(Interval(point: 27e6), digits: 6, table: Session.builtinHedges)
        #expect(CheckVerdict.verdict(Interval(point: 26.99e6), m27) == .holds)
        #expect(CheckVerdict.verdict(Interval(point: 28e6), m27) == .contradicted)
    }

    @Test func simulationDrawsReadingsAndSaysSo() {
        let s = TestStory.session()
        let out = s.text(":simulate --samples 20000 troops_if_sent * soldier_pay * 1 year")
        #expect(out.contains("  readings drawn (each as a range is: 90% of draws within it; docs/hedges.md):\n    soldier_pay 1,900 to 2,100 USD/month: “around” on a number with one significant digit (rounded to the thousand): ±5%"))
        // The reading's ends are its 5th and 95th percentiles: 228 and 252 million.
        #expect(out.contains("  5%    228,"))
        #expect(out.contains("  95%   25"))
        // A vague fact is drawn from its reading without :assume.
        #expect(s.text(":simulate --samples 1000 troops_sent").contains("troops_sent 2,000 to 9,000: “thousands” read as 2,000 to 9,000"))
    }

    @Test func assumeSetsTheReadingAside() {
        let s = TestStory.session()
        _ = s.text(":assume soldier_pay = 2000 USD/month")
        let out = s.text(":simulate --samples 100 soldier_pay * 1 month")
        #expect(out.contains("  5%    2,000 USD\n"))
        #expect(!out.contains("readings drawn"))
        #expect(s.text(":fact soldier_pay").contains("  reading: your :assume for this session (the hedge table's reading is set aside)"))
    }

    @Test func aVariableKeepsItsHedgedInputsForTheSimulation() {
        let s = TestStory.session()
        _ = s.text("let annual = troops_if_sent * soldier_pay * 1 year")
        // Bound at face value (240 million), but a simulation of it still draws the pay's reading.
        #expect(s.text(":simulate --samples 2000 annual").contains("readings drawn"))
        #expect(!s.text(":simulate --samples 2000 annual").contains("  5%    240,000,000 USD"))
    }

    @Test func rowsANotebookRecordedBecomeTheStartingRows() throws {
        let s = TestStory.session()
        let warnings = try s.adoptRecordedHedges(["around = ±10%", "over = next round", "around = sideways"], fileName: "nb.md")
        #expect(warnings == [
            "warning: nb.md: the built-in hedge table reads `around` as ±5% ±2% ±1%; this notebook keeps its recorded ±10%",
            "warning: nb.md: the recorded hedge row `around = sideways` cannot be read; the built-in row is used",
        ])
        // ±10% of 2,000: 1,800 to 2,200; the row is named as the notebook's, not as built in.
        #expect(s.text(":fact soldier_pay").contains("  reading: 1,800 to 2,200 USD/month"))
        #expect(s.text(":hedge around") == "around = ±10% (recorded in the notebook)")
        #expect(s.text(":hedge around = ±5%").hasPrefix("hedge around = ±5% for this session (recorded in the notebook: ±10%; built in: ±5% ±2% ±1%)"))
        #expect(s.text(":hedge around").hasSuffix("; recorded in the notebook: ±10%; built in: ±5% ±2% ±1%"))
        // :reset goes back to the starting rows, the notebook's.
        _ = s.text(":reset")
        #expect(s.text(":hedge around") == "around = ±10% (recorded in the notebook)")
        // The session has now read "around" as ±10%: a notebook recorded with another row is refused.
        #expect(throws: Diagnostic.self) { try s.adoptRecordedHedges(["around = ±5% ±2% ±1%"], fileName: "other.md") }
        #expect(s.text(":hedge around") == "around = ±10% (recorded in the notebook)")
    }
}
