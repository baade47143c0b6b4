import Testing
@testable import Notebook

@Suite struct NotebookReaderErrorTests {
    /// The error message for `text`, or "no error".
    func error(_ text: String) -> String {
        error(bytes: Array(text.utf8))
    }

    func error(bytes: [UInt8]) -> String {
        do {
            _ = try NotebookReader.parse(bytes: bytes, fileName: "nb.md")
            return "no error"
        } catch {
            return error.description
        }
    }

    static let good = Fixtures.headerText + """

        <!-- cell: c1 -->
        ```dossier
        > let a = 1
        a = 1
        ```

        <!-- cell: c2 -->
        A note.

        """

    @Test func theGoodFileParses() {
        #expect(error(Self.good) == "no error")
    }

    @Test func emptyFile() {
        #expect(error("") == "nb.md:1: the file is empty; a notebook starts with `<!-- dossier notebook`")
    }

    @Test func notANotebook() {
        #expect(error("# My notes\n") == "nb.md:1: not a Dossier notebook: the first line must be `<!-- dossier notebook`")
    }

    @Test func truncatedInsideTheHeader() {
        #expect(error("<!-- dossier notebook\nformat: 1\ndoss") == "nb.md:3: expected a header field `key: value`, found `doss`")
        #expect(error("<!-- dossier notebook\nformat: 1\n") == "nb.md:2: the file ends inside the header opened on line 1 (expected `-->`)")
    }

    @Test func truncatedInsideACommandCell() {
        let cut = String(Self.good.prefix(upTo: Self.good.firstRange(of: "a = 1\n```")!.lowerBound))
        // The header's 7 lines, a blank, the marker (9), the fence (10), the input (11).
        #expect(error(cut) == "nb.md:11: the file ends inside the command cell opened on line 10 (expected a closing ```)")
    }

    @Test func headerFieldProblems() {
        let noSeed = Self.good.replacing("seed: 42\n", with: "")
        #expect(error(noSeed) == "nb.md:6: the header lacks the field `seed:`")
        #expect(error(Self.good.replacing("seed: 42", with: "seed: -1")) == "nb.md:6: the seed must be a whole number from 0 to 18446744073709551615, not `-1`")
        #expect(error(Self.good.replacing("format: 1", with: "format: 2")) == "nb.md:2: the notebook is in format 2, newer than this Dossier reads (1); update Dossier")
        #expect(error(Self.good.replacing("format: 1", with: "format: one")) == "nb.md:2: the format must be a positive whole number, not `one`")
        #expect(error(Self.good.replacing("seed: 42", with: "colour: red")) == "nb.md:6: unknown header field `colour` (the fields are format, dossier, story, story-hash, seed, hedge)")
        #expect(error(Self.good.replacing("seed: 42", with: "story: again")) == "nb.md:6: the header field `story` is given twice")
    }

    @Test func textOutsideACell() {
        let text = Self.good.replacing("<!-- cell: c1 -->\n", with: "stray words\n")
        #expect(error(text) == "nb.md:9: expected a cell marker `<!-- cell: ID -->`, found `stray words`")
    }

    @Test func textAfterACommandCell() {
        let text = Self.good.replacing("```\n\n<!-- cell: c2 -->", with: "```\ntrailing\n<!-- cell: c2 -->")
        #expect(error(text) == "nb.md:14: unexpected text after the command cell; start a new cell with `<!-- cell: ID -->`")
    }

    @Test func commandCellShapeProblems() {
        #expect(error(Self.good.replacing("> let a = 1\n", with: "")) == "nb.md:11: the command cell has no input: its first line must start with `> `")
        #expect(error(Self.good.replacing("> let a = 1\na = 1\n", with: "")) == "nb.md:10: the command cell is empty: it needs an input line starting with `> `")
        #expect(error(Self.good.replacing("1\na = 1\n```", with: "1\na = 1\n> again\n```")) == "nb.md:13: an input line after the output; a cell holds one input (start a new cell for another)")
    }

    @Test func badMarkerIdIsNotAMarker() {
        let text = Self.good.replacing("<!-- cell: c2 -->", with: "<!-- cell: c 2 -->")
        // Not a marker, so the line belongs to nothing after a command cell.
        #expect(error(text) == "nb.md:15: unexpected text after the command cell; start a new cell with `<!-- cell: ID -->`")
    }

    @Test func nulByte() {
        var bytes = Array(Self.good.utf8)
        bytes.insert(0, at: bytes.firstIndex(of: UInt8(ascii: "A"))!)
        #expect(error(bytes: bytes) == "nb.md:16: the line holds a NUL byte; this is not a text notebook")
    }

    @Test func invalidUTF8() {
        var bytes = Array(Self.good.utf8)
        bytes.insert(0xC3, at: bytes.firstIndex(of: UInt8(ascii: "A"))! + 1)
        #expect(error(bytes: bytes) == "nb.md:16: the line is not valid UTF-8")
    }

    @Test func tooLarge() {
        let bytes = [UInt8](repeating: 0x61, count: NotebookReader.maximumBytes + 1)
        #expect(error(bytes: bytes) == "nb.md: the file is 16777217 bytes; a notebook may be at most 16 MiB")
    }

    /// Whether `message` is what a reader says of `bytes`: the notebook read, or a refusal that
    /// names the file and a line within it (or the file alone, for what concerns it whole).
    func readOrRefusedWithALine(_ message: String, lines: Int) -> Bool {
        if message == "no error" { return true }
        guard message.hasPrefix("nb.md:") else { return false }
        let rest = message.dropFirst("nb.md:".count)
        if rest.hasPrefix(" ") { return true }  // about the whole file (its size, its encoding)
        guard let colon = rest.firstIndex(of: ":"), let line = Int(rest[..<colon]) else { return false }
        return line >= 1 && line <= lines + 1
    }

    @Test func everyTruncationAndGarbageFailsCleanly() {
        // Cutting the file anywhere gives either a notebook or an error naming a line — never a trap.
        let bytes = Array(Self.good.utf8)
        let lines = bytes.filter { $0 == 0x0A }.count + 1
        var refused = 0
        for cut in 0...bytes.count {
            let message = error(bytes: Array(bytes[..<cut]))
            #expect(readOrRefusedWithALine(message, lines: lines), "cut at \(cut): \(message)")
            if message != "no error" { refused += 1 }
        }
        #expect(refused > 0)  // most cuts leave a cell open or the header short
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var mangled = bytes
            for _ in 0..<4 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                mangled[Int(state >> 33) % mangled.count] = UInt8(truncatingIfNeeded: state >> 17)
            }
            let message = error(bytes: mangled)
            #expect(readOrRefusedWithALine(message, lines: lines), "\(message)")
        }
    }
}
