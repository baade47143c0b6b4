import Foundation
import Story
import Testing

/// A story file may write the qualifier inside the value (`value: about 27 million`).
@Suite struct QualifiedValueTests {
    static let minimal: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/minimal.dossier")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The minimal story with the `pay` fact's value and qualifier lines replaced.
    func pay(_ lines: String) throws -> Fact {
        let text = Self.minimal.replacingOccurrences(of: "  value: 2,000\n  unit: USD/month\n  qualifier: about\n", with: lines + "  unit: USD/month\n")
        #expect(text != Self.minimal)
        let story = try StoryReader.read(text, fileName: "minimal.dossier")
        return try #require(story.facts.first { $0.id == "pay" })
    }

    @Test func approximatorsBecomeTheQualifier() throws {
        let about = try pay("  value: about 27 million\n")
        #expect(about.value == .point(27e6))
        #expect(about.qualifier == "about")
        let roughly = try pay("  value: roughly 200,000\n")
        #expect(roughly.value == .point(200_000))
        #expect(roughly.qualifier == "roughly")
        #expect(try pay("  value: nearly 2,000\n").qualifier == "nearly")
    }

    @Test func boundsKeepTheirOwnWord() throws {
        let more = try pay("  value: more than 5\n")
        #expect(more.value == .lowerBound(5, strict: true))
        #expect(more.qualifier == "more than")
        let upTo = try pay("  value: up to 10,000\n")
        #expect(upTo.value == .upperBound(10_000, strict: false))
        #expect(upTo.qualifier == "up to")
    }

    @Test func aQualifierFieldWins() throws {
        let f = try pay("  value: about 2,000\n  qualifier: around\n")
        #expect(f.value == .point(2000))
        #expect(f.qualifier == "around")
    }

    @Test func aBadNumberAfterTheWordIsStillAnError() {
        #expect(throws: (any Error).self) { try pay("  value: about 2,00\n") }
    }
}
