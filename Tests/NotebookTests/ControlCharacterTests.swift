import Language
import Notebook
import Testing

/// A notebook is printed to the terminal by `dossier replay` and `:open`: a hostile file must not
/// carry terminal escapes (retitling the window, clearing the screen, faking output) through it.
@Suite struct ControlCharacterTests {
    /// The header and one note cell whose only line is `line`.
    static func notebook(note line: String) -> String {
        Fixtures.headerText + "\n<!-- cell: c1 -->\n" + line + "\n"
    }

    @Test func escapeSequencesInANoteAreRefused() {
        // line 9 is the marker, 10 the note
        #expect(throws: NotebookError(fileName: "evil.md", line: 10, message: "the line holds the control character 0x1B; a notebook is plain text, without terminal escapes")) {
            try NotebookReader.parse(Self.notebook(note: "A note \u{1B}]0;pwned\u{07} \u{1B}[2J"), fileName: "evil.md")
        }
    }

    @Test func deleteAndC1ControlsAreRefused() {
        #expect(throws: NotebookError(fileName: "evil.md", line: 10, message: "the line holds the control character 0x7F; a notebook is plain text, without terminal escapes")) {
            try NotebookReader.parse(Self.notebook(note: "rub\u{7F}out"), fileName: "evil.md")
        }
        #expect(throws: NotebookError(fileName: "evil.md", line: 10, message: "the line holds the control character U+009B; a notebook is plain text, without terminal escapes")) {
            try NotebookReader.parse(Self.notebook(note: "csi\u{9B}2J"), fileName: "evil.md")
        }
    }

    @Test func tabsAndCRLFAreText() throws {
        let notebook = try NotebookReader.parse(Self.notebook(note: "a\ttab") + "\r\n", fileName: "nb.md")
        #expect(notebook.cells == [Fixtures.note("a\ttab")])
    }

    /// A cell holding control characters (an escape sequence pasted at the prompt, then saved) is
    /// written with visible pictures, so the saved file still reads back.
    @Test func cellsWithControlCharactersAreWrittenVisibly() throws {
        let cells = [Fixtures.command("let a\u{1B}[2J = 3", "error[syntax]: unexpected character (control byte 0x1B)\n1 | let a\u{1B}[2J = 3", error: true),
                     Fixtures.note("bell\u{07} del\u{7F} csi\u{9B}")]
        let text = NotebookWriter.render(cells: cells, header: Fixtures.header)
        #expect(text.contains("> let a␛[2J = 3\n"))
        #expect(text.contains("1 | let a␛[2J = 3\n"))
        #expect(text.contains("\nbell␇ del␡ csi\u{FFFD}\n"))
        let read = try NotebookReader.parse(text, fileName: "nb.md")
        #expect(read.cells == [Fixtures.command("let a␛[2J = 3", "error[syntax]: unexpected character (control byte 0x1B)\n1 | let a␛[2J = 3", error: true),
                               Fixtures.note("bell␇ del␡ csi\u{FFFD}")])
    }
}
