import Foundation
import Testing

/// Hedge readings through the binary: :fact, :hedges, :simulate, :check, :set hedges on, :hedge,
/// and a notebook replayed after a row of the table changed. Figures are worked out by hand
/// ("around 2,000" is read as 1,900 to 2,100; × 10,000 troops × 12 months).
@Suite struct HedgeProcessTests {
    let dir = DossierBinary.temporaryDirectory()

    func run(_ script: String) throws -> ProcessResult {
        try ProcessRun.run([], input: Data(script.utf8))
    }

    @Test func factShowsTheReading() throws {
        let r = try ProcessRun.run(["-e", ":fact soldier_pay"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("""
              reading: 1,900 to 2,100 USD/month — “around” on a number with one significant digit (rounded
                       to the thousand): ±5%; docs/hedges.md
            """))
        let ifFact = try ProcessRun.run(["-e", ":fact troops_if_sent"])
        #expect(ifFact.stdout.contains("  reading: none, face value — “if”: our choice: \"if 10,000 troops are sent\" sets a scenario;"))
    }

    @Test func hedgesListsEveryRowWithItsBasis() throws {
        let r = try ProcessRun.run(["-e", ":hedges"])
        #expect(r.status == 0)
        for word in ["about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more than", "at least",
                     "under", "less than", "at most", "up to", "a few", "several", "dozens", "hundreds", "thousands", "many more", "if", "plain"] {
            #expect(r.stdout.contains("\n  \(word) "), "no row for \(word)")
        }
        #expect(r.stdout.contains("  around         ±5% ±2% ±1%     applies to soldier_pay, worker_count\n      Ferson et al. 2015"))
        #expect(r.stdout.contains("  thousands      2,000 to 9,000  applies to troops_sent\n      our choice"))
        #expect(r.stdout.contains("  over           next round      applies to soldier_revenue_claim\n      Cummins, Sauerland & Solt 2012"))
    }

    /// The figure after `label` in a :simulate summary, in dollars ("  5%    228,000,000 USD").
    func figure(_ text: String, _ label: String) -> Double? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("  " + label + " ") }) else { return nil }
        let number = line.dropFirst(2 + label.count).drop(while: { $0 == " " }).prefix(while: { $0 != " " })
        return Double(number.filter { $0 != "," })
    }

    @Test func simulateDrawsTheReadings() throws {
        let r = try ProcessRun.run(["-e", ":simulate troops_if_sent * soldier_pay * 1 year"])
        #expect(r.status == 0, "\(r.all)")
        // The reading's ends are the 5th and 95th percentiles: 1,900 × 120,000 = 228 million,
        // 2,100 × 120,000 = 252 million; the article's 240 million lies between.
        let p5 = try #require(figure(r.stdout, "5%")), p95 = try #require(figure(r.stdout, "95%"))
        #expect(p5 < 240e6 && p95 > 240e6)
        #expect(abs(p5 - 228e6) < 1e6 && abs(p95 - 252e6) < 1e6)
        #expect(r.stdout.contains("""
              readings drawn (each as a range is: 90% of draws within it; docs/hedges.md):
                soldier_pay 1,900 to 2,100 USD/month: “around” on a number with one significant digit (rounded to the thousand): ±5%
              kept at face value: troops_if_sent 10,000 (“if”: a scenario, not a hedge)
            """))
        // A vague fact is drawn from its reading without :assume; plain arithmetic still refuses it.
        let vague = try ProcessRun.run(["-e", ":simulate --samples 1000 troops_sent"])
        #expect(vague.status == 0)
        #expect(vague.stdout.contains("troops_sent 2,000 to 9,000: “thousands” read as 2,000 to 9,000"))
        let refused = try ProcessRun.run(["-e", "troops_sent * 2"])
        #expect(refused.status != 0)
        #expect(refused.all.contains("the hedge table reads “thousands” as 2,000 to 9,000 (docs/hedges.md): `:set hedges on` computes with that reading"))
    }

    static let checkAtTenPercent = """
        soldier_revenue: soldier_pay * troops_if_sent
          computed: 240,000,000 USD/year   (240 million)
          stated:   over 200,000,000 USD/year   (over 200 million)   (soldier_revenue_claim)
          verdict:  holds at face value; holds for every reading
          readings: computed 216,000,000 to 264,000,000 USD/year; stated 200,000,000 to 300,000,000 USD/year
            soldier_pay 1,800 to 2,200 USD/month: “around” on a number with one significant digit (rounded to the thousand): ±10%
            soldier_revenue_claim 200,000,000 to 300,000,000 USD/year: “over” 200,000,000 read up to the next round number, 300,000,000
          uses: soldier_pay (around; reportedly), troops_if_sent (if)
        """

    @Test func checkPrintsBothVerdicts() throws {
        let r = try ProcessRun.run(["-e", ":check"])
        #expect(r.status == 0)
        // 228 to 252 million lies within "over 200 million" read as 200 to 300 million.
        #expect(r.stdout.contains("  verdict:  holds at face value; holds for every reading\n  readings: computed 228,000,000 to 252,000,000 USD/year; stated 200,000,000 to 300,000,000 USD/year\n"))
        // ±10%: 1,800 × 120,000 = 216 million, 2,200 × 120,000 = 264 million.
        let changed = try run(":hedge around = ±10%\n:check\n")
        #expect(changed.stdout == "hedge around = ±10% for this session (built in: ±5% ±2% ±1%)\n  now read: soldier_pay 1,800 to 2,200 USD/month, worker_count 3,600 to 4,400\n"
                + Self.checkAtTenPercent + "\n")
    }

    @Test func setHedgesOnComputesOverTheReadings() throws {
        let r = try run("soldier_pay * troops_if_sent * 1 year\n:set hedges on\nsoldier_pay * troops_if_sent * 1 year\ntroops_sent * soldier_pay * 1 year\n:set\n")
        #expect(r.status == 0, "\(r.all)")
        // 2,000 × 10,000 × 12 = 240 million; over the reading 228 to 252 million; troops 2,000 to 9,000:
        // 2,000 × 1,900 × 12 = 45.6 million, 9,000 × 2,100 × 12 = 226.8 million.
        #expect(r.stdout == """
            240,000,000 USD   (240 million)
              uses: soldier_pay (around; reportedly), troops_if_sent (if)
            hedges on: arithmetic takes hedged facts as their readings (:hedges lists them)
            228,000,000 to 252,000,000 USD   (228 million to 252 million)
              uses: soldier_pay (around; reportedly; read as 1,900 to 2,100 USD/month), troops_if_sent (if)
            45,600,000 to 226,800,000 USD   (45.6 million to 226.8 million)
              uses: troops_sent (reportedly; said; read as 2,000 to 9,000), soldier_pay (around; reportedly; read as 1,900 to 2,100 USD/month)
            digits 6
            seed 42
            hedges on

            """)
    }

    /// A notebook as one saved when the built-in "around" was ±10% would be: its header row and
    /// the `:check` output it gave then (worked out by hand above). Returns its path and the text
    /// saved with today's table, from which it is made.
    static func olderNotebook(in dir: String) throws -> (path: String, today: String) {
        let path = dir + "/hedged.md"
        let saved = try ProcessRun.run([], input: Data(":check\n:save \(path)\n".utf8))
        #expect(saved.status == 0, "\(saved.all)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let old = dir + "/older.md"
        let builtIn = try #require(text.range(of: "soldier_revenue: soldier_pay"))
        let end = try #require(text.range(of: "\n```", range: builtIn.lowerBound..<text.endIndex))
        let older = String(text[..<builtIn.lowerBound]).replacingOccurrences(of: "hedge: around = ±5% ±2% ±1%", with: "hedge: around = ±10%")
            + checkAtTenPercent + String(text[end.lowerBound...])
        try older.write(toFile: old, atomically: true, encoding: .utf8)
        return (old, text)
    }

    @Test func aNotebookRecordsItsRowsAndReplaysThemAfterTheTableChanges() throws {
        let (old, text) = try Self.olderNotebook(in: dir)
        #expect(text.contains("seed: 42\nhedge: around = ±5% ±2% ±1%\nhedge: over = next round\nhedge: plain = precision\n-->\n"))
        #expect(try ProcessRun.run(["replay", dir + "/hedged.md", "--check"]).status == 0)
        // Replay keeps the recorded row, and says so.
        let r = try ProcessRun.run(["replay", old, "--check"])
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stderr == "warning: \(old): the built-in hedge table reads `around` as ±5% ±2% ±1%; this notebook keeps its recorded ±10%\n")
        // Without its recorded row, today's table gives other outputs.
        let bare = dir + "/bare.md"
        let older = try String(contentsOfFile: old, encoding: .utf8)
        try older.replacingOccurrences(of: "hedge: around = ±10%\n", with: "").write(toFile: bare, atomically: true, encoding: .utf8)
        #expect(try ProcessRun.run(["replay", bare, "--check"]).status != 0)
    }
}
