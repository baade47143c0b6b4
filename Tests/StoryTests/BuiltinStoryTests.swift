import BuiltinData
import Foundation
import Story
import Testing

/// The built-in story: every required fact with its value, unit and qualifier, each quote's offsets
/// checked here against the article text, and the text against the published article.
@Suite struct BuiltinStoryTests {
    let story: Story

    init() throws {
        story = try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)
    }

    func fact(_ id: String) throws -> Fact {
        try #require(story.facts.first { $0.id == id }, "no fact \(id)")
    }

    @Test func header() {
        #expect(story.id == "north-korea-russia-war")
        #expect(story.title == "North Korea’s involvement in Russia’s war: Strategic gamble with potential gains")
        #expect(story.outlet == "Caliber.Az")
        #expect(story.author == "Vafa Guliyeva")
        #expect(story.formatVersion == 1)
        #expect(story.date == nil)
    }

    @Test func requiredFacts() throws {
        let expected: [(String, FactValue, String, String?)] = [
            ("soldier_pay", .point(2000), "USD/month", "around"),
            ("troops_if_sent", .point(10000), "", "if"),
            ("soldier_revenue_claim", .lowerBound(200_000_000, strict: true), "USD/year", "over"),
            ("worker_count", .point(4000), "", "around"),
            ("worker_pay", .point(800), "USD/month", "approximately"),
            ("grain_production", .point(4_000_000), "t/year", "about"),
            ("rice_offer", .range(600_000, 700_000), "t", nil),
            ("troops_sent", .vague("thousands"), "", nil),
        ]
        for (id, value, unit, qualifier) in expected {
            let f = try fact(id)
            #expect(f.value == value, "\(id)")
            #expect(f.unit == unit, "\(id)")
            #expect(f.qualifier == qualifier, "\(id)")
        }
    }

    @Test func hedgesAreClassified() throws {
        #expect(try fact("soldier_pay").hedges == [Hedge(word: "reportedly", kind: .reportative), Hedge(word: "around", kind: .approximator)])
        #expect(try fact("soldier_revenue_claim").hedges == [Hedge(word: "could", kind: .possibility), Hedge(word: "if", kind: .conditional)])
        #expect(try fact("troops_if_sent").hedges == [Hedge(word: "if", kind: .conditional)])
        #expect(try fact("troops_sent").hedges.map(\.kind) == [.reportative, .reportative])
        let space = try #require(story.claims.first { $0.id == "space_technology" })
        #expect(space.hedges == [Hedge(word: "believed", kind: .belief)])
        let shells = try #require(story.claims.first { $0.id == "shells_for_food" })
        #expect(shells.hedges == [Hedge(word: "likely", kind: .probability)])
    }

    /// Offsets are Unicode scalars, end excluded: slice the text here, independently of `Article.slice`.
    @Test func quoteOffsetsIndexTheArticle() throws {
        let scalars = Array(story.article.text.unicodeScalars)
        let quotes = story.facts.compactMap(\.quote) + story.claims.map(\.quote) + story.checkableClaims.compactMap(\.quote)
        #expect(quotes.count == story.facts.count + story.claims.count + 1)
        for q in quotes {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[q.start..<q.end])
            #expect(s == q.exact)
        }
        // Hand-counted: the title (80 scalars, two of them ’) and a line feed come first.
        let troops = try #require(try fact("troops_sent").quote)
        #expect(troops.start == 81)
        #expect((troops.paragraph, troops.sentence) == (1, 1))
        let pay = try #require(try fact("soldier_pay").quote)
        #expect((pay.paragraph, pay.sentence) == (4, 2))
        #expect(pay.exact == "reportedly earning around $2,000 per month")
        let rice = try #require(try fact("rice_offer").quote)
        #expect((rice.paragraph, rice.sentence) == (5, 2))
    }

    @Test func sourceChains() throws {
        #expect(story.chain(from: try fact("soldier_pay").sourceId).map(\.name) == ["Wi Sung-lac", "Korean media", "Caliber.Az"])
        #expect(story.chain(from: try fact("troops_sent").sourceId).map(\.name) == ["South Korean intelligence", "Korean media", "Caliber.Az"])
        let names = story.sources.map(\.name)
        for name in ["Institute for National Security Strategy (INSS)", "unnamed officials", "unnamed analysts", "Caliber.Az"] {
            #expect(names.contains(name))
        }
    }

    @Test func checkableClaimAndAssumptions() throws {
        let check = try #require(story.checkableClaims.first)
        #expect(check.formula == "soldier_pay * troops_if_sent")
        #expect(check.statedFactId == "soldier_revenue_claim")
        let need = try #require(story.assumptions.first { $0.id == "grain_need" })
        #expect(need.value == .range(5_350_000, 5_750_000))
        #expect(need.unit == "t/year")
        #expect(need.estimates.map(\.value) == [5_350_000, 5_370_000, 5_750_000])
        #expect(need.estimates.map(\.year) == ["2010", "2014", "2021"])
        #expect(need.notes.contains { $0.contains("4.82 Mt") })
    }

    @Test func articleStructure() {
        #expect(story.article.paragraphs.map(\.sentences.count) == [1, 1, 2, 3, 3, 3])
        #expect(story.article.byline == "By Vafa Guliyeva")
        #expect(story.article.sentence(id: "6.1")?.text.contains("reconnaissance satellite") == true)
        #expect(story.contentHash.hasPrefix("sha256:") && story.contentHash.count == 7 + 64)
    }

    /// The repository's root, found from this file's path (Tests/StoryTests/ is two levels down).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedTextIsTheSourceFile() throws {
        let url = Self.packageRoot.appendingPathComponent("Sources/BuiltinData/north-korea-russia-war.dossier")
        #expect(Array(BuiltinStory.text.utf8) == Array(try Data(contentsOf: url)))
    }

    /// The published article lives in ../shared/article beside the repository when it is checked out
    /// in the project's workspace; a clone elsewhere skips this comparison.
    @Test func articleTextIsThePublishedText() throws {
        let candidates = [Self.packageRoot.deletingLastPathComponent(), Self.packageRoot.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("shared/article/north-korea-russia-war.txt") }
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return }
        #expect(story.article.text == String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
}
