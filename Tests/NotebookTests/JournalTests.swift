import Language
import Testing
@testable import Notebook

@Suite struct JournalTests {
    static let header = Journal.Header(seed: 7, storyID: "test-story", storyHash: "sha256:abc")
    static let cells = [
        Fixtures.note("a note\non two lines"),
        Fixtures.command("let r = 7 * 6", "r = 42"),
        Fixtures.command("bad", "error[syntax]: x", error: true),
        Fixtures.command("위성락", "“quoted”\ncell 3\n"),
    ]

    static func journal() -> (bytes: [UInt8], ends: [Int]) {
        var bytes = Journal.encode(header)
        var ends: [Int] = []
        for cell in cells {
            bytes += Journal.encode(cell)
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    @Test func entryLayoutIsExact() {
        #expect(String(decoding: Journal.encode(Self.header), as: UTF8.self) == "dossier-journal 1 7 test-story sha256:abc\n")
        // CRC-32 of "ok 13 6" + "let r = 7 * 6" + "r = 42", computed with Python's zlib.crc32.
        #expect(String(decoding: Journal.encode(Self.cells[1]), as: UTF8.self) == "cell ok 13 6 \(Self.crcOfCell1)\nlet r = 7 * 6r = 42\n")
    }

    static let crcOfCell1 = "fafe7368"

    @Test func roundTrip() {
        let contents = Journal.decode(Self.journal().bytes)
        #expect(contents == Journal.Contents(header: Self.header, cells: Self.cells, droppedBytes: 0))
    }

    @Test func hedgeRowsAreEntriesOfTheirOwn() {
        // "around = ±10%" is 14 bytes (± is two); CRC-32 of "hedge 14 0" + the row, from Python's zlib.crc32.
        let entry = Journal.encode(hedgeRow: "around = ±10%")
        #expect(String(decoding: entry, as: UTF8.self) == "cell hedge 14 0 \(Self.crcOfRow)\naround = ±10%\n")
        var bytes = Journal.encode(Self.header) + entry
        for cell in Self.cells { bytes += Journal.encode(cell) }
        bytes += Journal.encode(hedgeRow: "over = next round")
        var expected = Journal.Contents(header: Self.header, cells: Self.cells, droppedBytes: 0)
        expected.hedges = ["around = ±10%", "over = next round"]
        #expect(Journal.decode(bytes) == expected)
    }

    static let crcOfRow = "6e512066"

    @Test func tornTailIsDroppedAtEveryCut() {
        let (bytes, ends) = Self.journal()
        let headerEnd = Journal.encode(Self.header).count
        for cut in 0...bytes.count {
            let contents = Journal.decode(Array(bytes[..<cut]))
            let whole = ends.filter { $0 <= cut }
            if cut < headerEnd {
                #expect(contents.header == nil && contents.cells.isEmpty, "cut at \(cut)")
            } else {
                #expect(contents.cells == Array(Self.cells.prefix(whole.count)), "cut at \(cut)")
                #expect(contents.droppedBytes == cut - (whole.last ?? headerEnd), "cut at \(cut)")
            }
        }
    }

    /// Issue 13, item 6: one damaged entry used to lose every entry after it.
    @Test func aDamagedEntryIsSkippedAndTheEntriesAfterItAreKept() {
        let (bytes, ends) = Self.journal()
        for position in ends[1]..<ends[2] {
            var damaged = bytes
            damaged[position] ^= 0x20
            let contents = Journal.decode(damaged)
            #expect(contents.cells == [Self.cells[0], Self.cells[1], Self.cells[3]], "byte \(position)")
            #expect(contents.skippedStretches == 1 && contents.droppedBytes == 0 && !contents.isWhole, "byte \(position)")
        }
    }

    @Test func twoDamagedEntriesAreTwoStretches() {
        let (bytes, ends) = Self.journal()
        var damaged = bytes
        damaged[ends[0] + 2] ^= 0x01
        damaged[ends[2] + 7] ^= 0x01
        let contents = Journal.decode(damaged)
        #expect(contents.cells == [Self.cells[0], Self.cells[2]])
        #expect(contents.skippedStretches == 1 && contents.droppedBytes > 0)
    }

    @Test func emptyHeaderValuesSurvive() {
        let header = Journal.Header(seed: 1, storyID: "", storyHash: "")
        #expect(Journal.decode(Journal.encode(header)).header == header)
    }

    @Test func garbageIsNoJournal() {
        #expect(Journal.decode(Array("not a journal\ncell ok 1 1 00000000\nab\n".utf8)).header == nil)
        #expect(Journal.decode([]).header == nil)
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.of(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
