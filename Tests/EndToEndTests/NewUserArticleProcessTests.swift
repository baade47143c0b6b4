import Foundation
import Testing

/// The text of a new-user trial of `dossier --article` (written for Dossier), whose faults were
/// hedges given to the wrong number, a byline's outlet missed and a total per family not checked.
@Suite struct NewUserArticleProcessTests {
    static let article = """
    Flood Losses Mount in River Valley

    By Jane Roe, Valley Herald
    March 3, 2026

    Floods have destroyed about 12,000 homes in the valley, the regional governor, Maria Lopez, said on Tuesday.

    Damage is estimated at over $2.5 billion, according to the insurance association, cited by local radio.

    Officials said rebuilding could take up to 3 years and cost roughly 40% more than the damage itself.

    The relief fund holds $300 million, which could cover around 25,000 families at $12,000 each.

    """

    /// A table's row as its columns (cells are separated by two spaces or more).
    static func row(_ output: String, _ id: String) -> [String]? {
        output.split(separator: "\n").first { $0.hasPrefix(id + " ") }.map { line in
            line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test func factsChecksAndSourcesOfTheFloodStory() throws {
        let path = DossierBinary.temporaryDirectory() + "/flood.txt"
        try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(["--article", path, "-e", ":facts", "-e", ":check", "-e", ":sources"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        // By hand: `roughly` stands before 40%, `around` before 25,000; `could` and `said` are the clause's.
        #expect(Self.row(out, "take_year") == ["take_year", "at most 3", "year", "up to, said, could", "Officials"])
        #expect(Self.row(out, "cost_percent") == ["cost_percent", "40", "%", "roughly, said, could", "Officials"])
        #expect(Self.row(out, "family_count") == ["family_count", "25,000", "count", "around, could", "Valley Herald"])
        #expect(Self.row(out, "families_amount") == ["families_amount", "12,000", "USD", "could", "Valley Herald"])
        #expect(Self.row(out, "holds_amount") == ["holds_amount", "300,000,000", "USD", "Valley Herald"])
        // 12,000 USD × 25,000 families = 300,000,000 USD, the fund stated: it holds.
        #expect(out.contains("holds_amount_check: families_amount * family_count\n  computed: 300,000,000 USD"))
        #expect(out.contains("  stated:   300,000,000 USD   (300 million)   (holds_amount)\n  verdict:  holds at face value"))
        // The byline's outlet is the last link of every chain.
        #expect(out.contains("  valley-herald: Valley Herald, the outlet that published the article\n"))
        #expect(out.contains("  maria-lopez: Maria Lopez, the regional governor → Valley Herald\n"))
        #expect(out.contains("  insurance-association: insurance association → local radio → Valley Herald\n"))
        #expect(!out.contains("unknown to the drafter"))

        let draft = try ProcessRun.run(["draft", path])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("  outlet: Valley Herald\n  author: Jane Roe\n  date: 2026-03-03\n"))
    }
}
