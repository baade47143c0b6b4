@testable import Story
import Testing

/// The reader works on bytes, with fast paths for the common cases; these check each shortcut
/// against the general code it stands in for, and its tables against the lists they encode.
@Suite struct ByteReaderTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    // MARK: field names and record kinds

    @Test func everyFieldNameIsFoundFromItsBytes() {
        #expect(FieldName.count == FieldName.allCases.count)
        for (i, name) in FieldName.allCases.enumerated() {
            #expect(name.index == i)
            #expect(String(describing: name.spelling) == name.rawValue)
            #expect(name.length == name.rawValue.utf8.count)
            let spelled = bytes(name.rawValue)
            // read in place (eight bytes readable) and from a short buffer (read byte by byte)
            let padded = spelled + bytes(": value")
            #expect(padded.withUnsafeBufferPointer { FieldName(UnsafeBufferPointer(rebasing: $0[0..<spelled.count]), readable: $0.count) } == name)
            #expect(spelled.withUnsafeBufferPointer { FieldName($0, readable: $0.count) } == name)
        }
    }

    @Test func otherWordsAreNoFieldName() {
        let words = ["", "a", "nam", "names", "abouts", "valu", "vAlue", "paragraphs", "paragrapx", "attributioN", "qualifie",
                     "stated-", "at-", "sourc", "estimat", "xx", "formulae", "Title", "not", "rol", "vi"]
        for word in words {
            let b = bytes(word)
            #expect((b + bytes(":  x")).withUnsafeBufferPointer { FieldName(UnsafeBufferPointer(rebasing: $0[0..<b.count]), readable: $0.count) } == nil, "\(word)")
            #expect(b.withUnsafeBufferPointer { FieldName($0, readable: $0.count) } == nil, "\(word)")
        }
    }

    @Test func recordKindTablesMatchTheFieldLists() {
        for kind in RecordKind.allCases {
            #expect(String(describing: kind.spelling) == kind.rawValue)
            #expect(bytes(kind.rawValue).withUnsafeBufferPointer { RecordKind($0) } == kind)
            #expect(bytes(kind.rawValue + "s").withUnsafeBufferPointer { RecordKind($0) } == nil)
            var required: UInt64 = 0, single: UInt64 = 0
            for (s, (name, count)) in kind.fields.enumerated() {
                #expect(kind.position(of: name) == s, "\(kind) \(name)")
                if count == .required || count == .requiredRepeated { required |= 1 << UInt64(s) }
                if count == .required || count == .optional { single |= 1 << UInt64(s) }
            }
            #expect(kind.requiredMask == required)
            #expect(kind.singleMask == single)
            for name in FieldName.allCases where !kind.fields.contains(where: { $0.0 == name }) {
                #expect(kind.position(of: name) == nil, "\(kind) \(name)")
            }
        }
    }

    // MARK: value fast paths

    /// `plainNumber`, `plainOffsets` and `plainUnit` answer only when the general readers accept,
    /// and then with the same value.
    @Test func valueShortcutsAgreeWithTheGeneralReaders() {
        var rng = Random(state: 11)
        let pieces = ["1", "2", "0", "9", ",", "_", ".", " ", "\t", "000", "123", "12,345", "..<", "..", "<", "-", "+", "a", "t", "USD/month",
                      "count", "é", "1e5", " to ", "over ", "million"]
        for _ in 0..<5000 {
            let text = (0..<(1 + rng.next(5))).map { _ in pieces[rng.next(pieces.count)] }.joined()
            if let n = ValueSyntax.plainNumber(text) {
                guard case .success(.point(let v)) = ValueSyntax.value(text) else {
                    Issue.record("plainNumber read `\(text)`, value refused it")
                    continue
                }
                #expect(v == n, "\(text)")
            }
            if let (a, b) = ValueSyntax.plainOffsets(text) {
                guard case .success(let (x, y)) = ValueSyntax.offsets(text) else {
                    Issue.record("plainOffsets read `\(text)`, offsets refused it")
                    continue
                }
                #expect(a == x && b == y, "\(text)")
            }
            if let unit = bytes(text).withUnsafeBufferPointer({ ValueSyntax.plainUnit($0) }) {
                guard case .success(let general) = ValueSyntax.unit(text) else {
                    Issue.record("plainUnit read `\(text)`, unit refused it")
                    continue
                }
                #expect(general == unit, "\(text)")
            }
        }
        // and they do answer for the common cases
        #expect(ValueSyntax.plainNumber(" 2,000 ") == 2000)
        #expect(ValueSyntax.plainNumber("123456789012345") == 123_456_789_012_345)
        #expect(ValueSyntax.plainNumber("1234567890123456") == nil)  // 16 digits: left to the general reader
        #expect(ValueSyntax.plainNumber("2,00") == nil)
        #expect(ValueSyntax.plainOffsets("120..<145") ?? (0, 0) == (120, 145))
        #expect(ValueSyntax.plainOffsets("145..<120") == nil)
        #expect(bytes("USD/month").withUnsafeBufferPointer { ValueSyntax.plainUnit($0) } == "USD/month")
        #expect(bytes(" count").withUnsafeBufferPointer { ValueSyntax.plainUnit($0) } == "")
    }

    // MARK: whole-file checks

    /// The control-byte scan (sixteen bytes at a time) finds what a byte-by-byte scan finds.
    @Test func controlBytesFoundAtEveryPosition() {
        func reference(_ b: [UInt8]) -> Int? {
            for i in b.indices {
                let c = b[i]
                if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F { return i }
                if c == 0x0D, i + 1 < b.count, b[i + 1] != 0x0A { return i }
                if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return i }
            }
            return nil
        }
        let specials: [[UInt8]] = [[0x00], [0x1B], [0x7F], [0x0D], [0x0D, 0x0A], [0x09], [0x0A], [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0x99]]
        for position in 0..<40 {
            for special in specials {
                let text = [UInt8](repeating: UInt8(ascii: "a"), count: position) + special + bytes(String(repeating: "b\n", count: 20))
                #expect(StoryReader.firstControlByte(text) == reference(text), "\(special) at \(position)")
            }
        }
        var rng = Random(state: 5)
        for _ in 0..<300 {
            let text = (0..<rng.next(200)).map { _ in rng.next(8) == 0 ? UInt8(rng.next(256)) : UInt8(0x20 + rng.next(0x5F)) }
            #expect(StoryReader.firstControlByte(text) == reference(text))
        }
    }

    /// UTF-8 is checked in pieces cut after line feeds; the answer is the standard library's.
    @Test func utf8CheckMatchesTheStandardLibrary() {
        var rng = Random(state: 9)
        let pieces: [[UInt8]] = [bytes("abc "), bytes("\n"), bytes("é"), bytes("’"), bytes("😀"), [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]
        for _ in 0..<500 {
            let text = (0..<rng.next(30)).flatMap { _ in pieces[rng.next(pieces.count)] }
            #expect(StoryReader.isUTF8(text) == (String(validating: text, as: UTF8.self) != nil))
        }
        // across the 64 KiB pieces: a bad byte far in, and a sequence cut at a line feed
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 70_000) + bytes("\n")
        #expect(StoryReader.isUTF8(long + bytes("é\n")))
        #expect(!StoryReader.isUTF8(long + [0xC3] + bytes("\n")))
        #expect(!StoryReader.isUTF8(bytes("é") + long + [0xE2, 0x80, 0x0A, 0x99]))
    }

    /// The content hash is worked out when first asked for, as SHA-256 of the file's bytes.
    @Test func contentHashIsTheFilesHash() throws {
        let text = try #require(String(validating: BrokenFileTestsFixture.minimal, as: UTF8.self))
        let story = try StoryReader.read(text, fileName: "minimal.dossier")
        #expect(story.contentHash == "sha256:" + SHA256.hex(Array(text.utf8)))
        var copy = story
        copy.contentHash = "sha256:given"
        #expect(copy.contentHash == "sha256:given")
        #expect(story.contentHash == "sha256:" + SHA256.hex(Array(text.utf8)))
    }

    /// SHA-256 over every length around the block and padding edges, against the digest of the
    /// same bytes fed in two parts through a sequence that is not contiguous (the array path).
    @Test func sha256LengthsAgreeAcrossInputKinds() {
        for n in 0..<200 {
            let message = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(SHA256.hex(message) == SHA256.hex(message.lazy.map { $0 }), "\(n)")
        }
    }

    // MARK: the article

    /// An ASCII article is read from its bytes; the same calls on text with a non-ASCII scalar
    /// (read through its scalars) give the answers the offsets say.
    @Test func asciiAndUnicodeArticlesAnswerAlike() {
        for apostrophe in ["'", "’"] {
            let a = Article(title: "T\(apostrophe)s", paragraphs: [["One.", "Two\(apostrophe)s."], ["Three."]], byline: "By X")
            #expect(a.text == "T\(apostrophe)s\nOne. Two\(apostrophe)s.\nThree.\nBy X")
            #expect(a.length == 27)
            #expect(a.sentences.map { [$0.start, $0.end] } == [[4, 8], [9, 15], [16, 22]])
            #expect(a.occurrences(of: apostrophe) == [1, 12])
            #expect(a.occurrences(of: "e.") == [6, 20])
            #expect(a.occurrences(of: "é") == [])
            #expect(a.slice(9, 15) == "Two\(apostrophe)s.")
            #expect(a.slice(-3, 2) == "T\(apostrophe)")
            #expect(a.reads("Two\(apostrophe)s.", from: 9, to: 15))
            #expect(!a.reads("Two\(apostrophe)s!", from: 9, to: 15))
            #expect(Array("Two\(apostrophe)s.".utf8).withUnsafeBufferPointer { a.reads($0, from: 9, to: 15) })
            #expect(a.sentence(at: 12)?.id == "1.2")
            #expect(a.sentence(at: 8) == nil)
            #expect(a.sentenceIndex(at: 17, hint: 0) == 2)
            #expect(a.sentenceIndex(at: 5, hint: 2) == 0)
            #expect(a.sentences(overlapping: 6, 10).map(\.id) == ["1.1", "1.2"])
            #expect(a.sentences(overlapping: 15, 16).isEmpty)
        }
    }
}

/// The minimal fixture's bytes, for tests that need a valid story without reading a file.
enum BrokenFileTestsFixture {
    static let minimal: [UInt8] = Array("""
    dossier-story 1
    story s
      title: T
      outlet: O
      author: A
    article
      paragraph: Rice costs 5 t.
    source o
      name: O
    fact rice
      value: 5
      unit: t
      source: o
      quote: Rice costs 5 t
      at: 2..<16
    """.utf8)
}
