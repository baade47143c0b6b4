import Foundation
import Story
import Testing

/// The corpus of broken data files: each `broken/NAME.dossier` must be refused with exactly the
/// text in `broken/NAME.expected` (every problem, one `FILE:LINE: field: message` line each).
@Suite struct BrokenFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var brokenNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("broken").path)) ?? []
        return names.filter { $0.hasSuffix(".dossier") }.map { String($0.dropLast(".dossier".count)) }.sorted()
    }

    @Test func corpusIsThere() {
        #expect(Self.brokenNames.count >= 20)
    }

    @Test func minimalStoryLoads() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("minimal.dossier"), encoding: .utf8)
        let story = try StoryReader.read(text, fileName: "minimal.dossier")
        #expect(story.facts.map(\.id) == ["rice", "pay"])
        #expect(story.date == "2024-10-22")
        // computed from the quote alone: "earn about $2,000 a month" in sentence 1.2
        let pay = try #require(story.facts[1].quote)
        #expect((pay.paragraph, pay.sentence) == (1, 2))
        #expect(story.article.slice(pay.start, pay.end) == "earn about $2,000 a month")
    }

    @Test(arguments: brokenNames) func refusedWithExpectedErrors(name: String) throws {
        let dir = Self.fixtures.appendingPathComponent("broken")
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name + ".dossier")))
        let expected = try String(contentsOf: dir.appendingPathComponent(name + ".expected"), encoding: .utf8)
        #expect(throws: StoryLoadError.self) { try StoryReader.read(bytes: bytes, fileName: name + ".dossier") }
        do {
            _ = try StoryReader.read(bytes: bytes, fileName: name + ".dossier")
        } catch {
            #expect(error.description == expected.trimmingCharacters(in: .newlines))
        }
    }
}
