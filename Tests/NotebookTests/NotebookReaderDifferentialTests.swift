import Foundation
import Language
@testable import Notebook
import Session
import Testing

/// The byte-level reader against the reference (the reader it replaced, kept in
/// ReferenceNotebookReader.swift): for every input, the same notebook or the same error.
@Suite struct NotebookReaderDifferentialTests {
    /// What reading `bytes` gives, as text to compare: the notebook, or the error.
    static func outcome(_ read: () throws(NotebookError) -> Notebook) -> String {
        do throws(NotebookError) {
            let notebook = try read()
            return "\(notebook.header) \(notebook.cells) \(notebook.cellLines)"
        } catch {
            return "error: \(error)"
        }
    }

    /// Expects both readers to agree on `bytes`; returns whether they did.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ comment: @autoclosure () -> String = "") -> Bool {
        let new = outcome { () throws(NotebookError) in try NotebookReader.parse(bytes: bytes, fileName: "nb.md") }
        let old = outcome { () throws(NotebookError) in try ReferenceNotebookReader.parse(bytes: bytes, fileName: "nb.md") }
        #expect(new == old, "\(comment()) \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        return new == old
    }

    /// A notebook with every shape the format has: multi-line inputs, empty input lines, escaped
    /// output lines, an error, a longer fence, notes with blank lines and escapes, CRLF, tabs,
    /// non-ASCII text, an empty output, an empty note, a cell id of odd bytes.
    static let rich = Fixtures.headerText + """

        <!-- cell: c1 -->
        ```dossier
        > let a = (1 +
        >
        > 2)
        a = 3
        ```

        <!-- cell: c2 -->
        ```dossier
        > :help x
        \\> quoted
        \\\\ back
        \\error[ not an error
        ```\u{20}\u{20}

        <!-- cell: X_y-9 -->
        ````dossier
        > soldier_pya
        error[name]: unknown name `soldier_pya`
        1 | ```x```
        ````

        <!-- cell: c4 -->

          \t
        A note — with “quotes”, é and e\u{301}, 北朝鮮.
        \\<!-- not a marker -->
        \\\\```still text

        <!-- cell: c5 -->
        <!-- cell: c6 -->
        ```dossier
        > let b = 2
        ```
        <!-- cell: c7 -->
        ```dossier
        > x\r
        first\r
        \r
        last
        ```\r

        """

    @Test func theRichNotebookReadsAsBefore() throws {
        #expect(Self.agree(Array(Self.rich.utf8)))
        let notebook = try NotebookReader.parse(Self.rich, fileName: "nb.md")
        #expect(notebook.cells.count == 7)
        #expect(notebook.cells[0] == Fixtures.command("let a = (1 +\n\n2)", "a = 3"))
        #expect(notebook.cells[1] == Fixtures.command(":help x", "> quoted\n\\ back\n\\error[ not an error"))
        #expect(notebook.cells[6] == Fixtures.command("x", "first\n\nlast"))
    }

    @Test func theExampleNotebooksAndTheFuzzCorpusReadAsBefore() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("notebooks").path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.map { "notebooks/" + $0 }
        files += try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Fuzz/Corpus/notebook").path)
            .map { "Fuzz/Corpus/notebook/" + $0 }
        #expect(files.count >= 3)
        for file in files {
            let bytes = Array(try Data(contentsOf: root.appendingPathComponent(file)))
            Self.agree(bytes, file)
            Self.agree([0xEF, 0xBB, 0xBF] + bytes, file + " with a byte-order mark")
            Self.agree(Array(String(decoding: bytes, as: UTF8.self).replacing("\n", with: "\r\n").utf8), file + " with CRLF")
        }
    }

    @Test func tinyFilesReadAsBefore() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let header = Array(Fixtures.headerText.utf8)
        let files: [[UInt8]] = [
            [], bom, [0x0A], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A], bom + [0x0A], [0x09], [0x20, 0x0A, 0x0A],
            header, header + [0x0A], Array(header.dropLast()) + [0x0D], header + Array("<!-- cell: c1 -->".utf8),
            header + Array("<!-- cell: c1 -->\n```dossier\n> 1".utf8), header + Array("<!-- cell: c1 -->\n```dossier\n> 1\n```".utf8),
        ]
        for bytes in files { Self.agree(bytes) }
    }

    @Test func everyTruncationReadsAsBefore() {
        let bytes = Array(Self.rich.utf8)
        var failures = 0
        for cut in 0...bytes.count where !Self.agree(Array(bytes[..<cut]), "cut at \(cut)") {
            failures += 1
            if failures > 3 { return }
        }
    }

    @Test func everyByteReplacedReadsAsBefore() {
        // Bytes that matter to the format or to the text's rules, at every position.
        let replacements: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x3C, 0x3E, 0x5C, 0x60, 0x65, 0x7F, 0x80, 0x9B, 0xC2, 0xE0, 0xED, 0xF4, 0xFF]
        let bytes = Array(Self.rich.utf8)
        var failures = 0
        for i in bytes.indices {
            for b in replacements where b != bytes[i] {
                var mangled = bytes
                mangled[i] = b
                if !Self.agree(mangled, "byte \(i) set to \(b)") {
                    failures += 1
                    if failures > 3 { return }
                }
            }
        }
    }

    @Test func randomDamageReadsAsBefore() {
        let bytes = Array(Self.rich.utf8)
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        var failures = 0
        for round in 0..<3000 {
            var mangled = bytes
            for _ in 0..<(1 + random(4)) {
                switch random(3) {
                case 0: mangled[random(mangled.count)] = UInt8(random(256))
                case 1: mangled.insert(UInt8(random(256)), at: random(mangled.count))
                default: mangled.remove(at: random(mangled.count))
                }
            }
            if !Self.agree(mangled, "round \(round)") {
                failures += 1
                if failures > 3 { return }
            }
        }
    }

    /// The scanner accepts a line exactly when it is valid UTF-8 holding no control character
    /// but tab: checked for every two-byte line and for three- and four-byte sequences around
    /// each boundary of Unicode's table of well-formed sequences.
    @Test func theScannerChecksUTF8AndControlsExactly() {
        func expected(_ line: [UInt8]) -> Bool {
            guard let text = String(validating: line, as: UTF8.self) else { return false }
            return !text.unicodeScalars.contains { ($0.value < 0x20 && $0.value != 0x09) || (0x7F...0x9F).contains($0.value) }
        }
        func accepted(_ line: [UInt8]) -> Bool {
            line.withUnsafeBufferPointer { LineScanner.scanLine($0, from: 0) != nil }
        }
        var sequences: [[UInt8]] = []
        for a in 0...255 where a != 0x0A && a != 0x0D {
            for b in 0...255 where b != 0x0A && b != 0x0D { sequences.append([UInt8(a), UInt8(b)]) }
        }
        let edges: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
        for a in 0xE0...0xF7 {
            for b in 0...255 where b != 0x0A && b != 0x0D {
                for c in edges {
                    sequences.append([UInt8(a), UInt8(b), c])
                    for d in edges { sequences.append([UInt8(a), UInt8(b), c, d]) }
                }
            }
        }
        var failures = 0
        for sequence in sequences {
            // Alone, and after eight ASCII bytes (the scanner reads eight bytes at a time).
            for line in [sequence, Array("abcdefgh".utf8) + sequence + Array("ijk".utf8)] where accepted(line) != expected(line) {
                Issue.record("the scanner \(accepted(line) ? "accepts" : "refuses") \(line)")
                failures += 1
                if failures > 3 { return }
            }
        }
    }

    @Test func theFormatsWordsAreItsTexts() {
        #expect(LineWords.markerHead == LineWords.of("<!-- cel"))
        #expect(LineWords.markerTail == LineWords.of("l: "))
        #expect(LineWords.markerEnd == LineWords.of(" -->"))
        #expect(LineWords.error == LineWords.of("error["))
        #expect(LineWords.dossier == LineWords.of(NotebookSyntax.language))
        #expect(NotebookSyntax.cellMarker("x").hasPrefix("<!-- cell: ") && NotebookSyntax.cellMarker("x").hasSuffix(" -->"))
    }

    /// Replay compares a replayed cell with the recorded bytes: the answer must be what comparing
    /// the cells as values gives.
    @Test func comparingWithTheRecordedBytesIsComparingCells() throws {
        let recorded = try NotebookReader.read(bytes: Array(Self.rich.utf8), fileName: "nb.md")
        let cells = recorded.cells
        for (i, cell) in cells.enumerated() {
            #expect(recorded.isRecorded(cell, at: i))
            guard case .command(let input, let output, let isError) = cell.content else { continue }
            #expect(!recorded.isRecorded(Cell(.command(input: input, output: output + "x", isError: isError)), at: i))
            if !output.isEmpty { #expect(!recorded.isRecorded(Cell(.command(input: input, output: String(output.dropLast()), isError: isError)), at: i)) }
            #expect(!recorded.isRecorded(Cell(.command(input: input, output: output, isError: !isError)), at: i))
            #expect(!recorded.isRecorded(Cell(.command(input: input + " ", output: output, isError: isError)), at: i))
            #expect(!recorded.isRecorded(Cell(.note(input)), at: i))
        }
        // Canonically equivalent text is the same text, as String says.
        let composed = try NotebookReader.read(bytes: Array((Fixtures.headerText + "\n<!-- cell: c1 -->\n```dossier\n> é\ncafé\n```\n").utf8), fileName: "nb.md")
        #expect(composed.isRecorded(Fixtures.command("e\u{301}", "cafe\u{301}"), at: 0))
    }
}
