import BuiltinData
import Story
import Testing

/// Input no data file should hold: bytes that are not UTF-8, NUL bytes, huge files, random damage.
@Suite struct ReaderRobustnessTests {
    func issues(_ bytes: [UInt8]) -> [StoryIssue] {
        do {
            _ = try StoryReader.read(bytes: bytes, fileName: "x")
            return []
        } catch {
            return error.issues
        }
    }

    @Test func invalidUTF8NamesTheLine() {
        var raw = Array("dossier-story 1\n# ok\nab".utf8)
        raw.append(0xFF)
        raw += Array("c\n".utf8)
        #expect(issues(raw) == [StoryIssue(line: 3, field: "file", message: "is not valid UTF-8: byte 0xFF after 2 characters of the line")])
        // a truncated multi-byte sequence at the very end of the file
        #expect(issues(Array("dossier-story 1\nab".utf8) + [0xE2, 0x80]) == [StoryIssue(line: 2, field: "file", message: "is not valid UTF-8: byte 0xE2 after 2 characters of the line")])
    }

    @Test func nulByteIsRefused() {
        let raw = Array("dossier-story 1\n\n".utf8) + [0] + Array("x\n".utf8)
        #expect(issues(raw) == [StoryIssue(line: 3, field: "file", message: "holds a NUL byte: a story file is UTF-8 text")])
    }

    @Test func hugeFileIsRefusedUnread() {
        let raw = [UInt8](repeating: 0x41, count: StoryReader.maximumSize + 1)
        #expect(issues(raw) == [StoryIssue(line: 1, field: "file", message: "is 16777217 bytes; a story file may hold at most 16 MiB (16777216 bytes)")])
    }

    @Test func manyProblemsAreCountedNotAllListed() {
        let text = "dossier-story 1\n" + String(repeating: "???\n", count: 150)
        let found = issues(Array(text.utf8))
        #expect(found.count == StoryReader.maximumIssues + 1)
        // 150 bad lines (2–151) and, at line 1, the missing story and article records: 152 in all.
        // Listed: the two at line 1 and lines 2–99; the first left out is line 100.
        #expect(found.last == StoryIssue(line: 100, field: "file", message: "52 more problems not listed"))
    }

    @Test func crlfLineEndsRead() throws {
        let text = BuiltinStory.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let story = try StoryReader.read(text, fileName: "crlf")
        #expect(story.facts.count == (try StoryReader.read(BuiltinStory.text, fileName: "lf")).facts.count)
    }

    /// Damaged copies of the built-in file (bytes flipped, lines cut or swapped) load or are refused,
    /// never trap. A fixed-seed generator keeps the run reproducible.
    @Test func damagedCopiesNeverTrap() {
        var rng = SplitMix(seed: 7)
        let original = Array(BuiltinStory.text.utf8)
        var refused = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let i = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: rng.next())
                case 1: bytes.remove(at: i)
                default: bytes.insert(UInt8(ascii: "\n"), at: i)
                }
            }
            if !issues(bytes).isEmpty { refused += 1 }
        }
        #expect(refused > 200)
        for _ in 0..<50 {
            let noise = (0..<Int(rng.next() % 4000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            #expect(!issues(Array("dossier-story 1\n".utf8) + noise).isEmpty)
        }
    }
}

/// A small deterministic random number generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Large and repetitive files load in time linear in their size.
@Suite struct ReaderScaleTests {
    @Test func repetitiveQuoteInLongText() throws {
        let sentence = String(repeating: "a", count: 200_000) + "b."
        let quote = String(repeating: "a", count: 100_000) + "b"
        let text = """
        dossier-story 1
        story s
          title: T
          outlet: O
          author: A
        article
          paragraph: \(sentence)
        source o
          name: O
        claim c
          about: many a
          source: o
          quote: \(quote)
        """
        let story = try StoryReader.read(text, fileName: "long")
        #expect(story.claims[0].quote.start == 2 + 100_000)
    }

    @Test func longViaChain() throws {
        var text = "dossier-story 1\nstory s\n  title: T\n  outlet: O\n  author: A\narticle\n  paragraph: Some words.\n"
        for i in 0..<20_000 {
            text += "source s\(i)\n  name: S\n" + (i < 19_999 ? "  via: s\(i + 1)\n" : "")
        }
        let story = try StoryReader.read(text, fileName: "chain")
        #expect(story.sources.count == 20_000)
    }

    @Test func articleOffsetsAreIndependentOfBuildOrder() {
        let a = Article(title: "T’s", paragraphs: [["One.", "Two’s."], ["Three."]], byline: "By X")
        #expect(a.text == "T’s\nOne. Two’s.\nThree.\nBy X")
        #expect(a.sentences.map { [$0.start, $0.end] } == [[4, 8], [9, 15], [16, 22]])
        #expect(a.occurrences(of: "’") == [1, 12])
        #expect(a.occurrences(of: "e.") == [6, 20])
    }
}
