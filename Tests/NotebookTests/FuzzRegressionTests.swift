import Language
import Notebook
import Testing

/// Inputs the notebook fuzzer (Fuzz/Sources/FuzzNotebook) found breaking a property, kept so the
/// fix stays fixed. The property: a notebook the reader accepts, written back, reads back to the
/// same cells (else `:save` after `:open`, or `replay --update`, would change a cell).
@Suite struct FuzzRegressionTests {
    /// A notebook of one command cell whose input line is `inputLine` and output `a = 6`.
    static func notebook(inputLine: String) -> String {
        Fixtures.headerText + "\n<!-- cell: c1 -->\n```dossier\n> " + inputLine + "\na = 6\n```\n"
    }

    /// Found by FuzzNotebook: an input line ending in two carriage returns read as `let a\r`; written
    /// back (`let a\r` + LF) it read as `let a`, so each save dropped one CR. A line now never ends in CR.
    @Test func trailingCarriageReturnsReadBackTheSame() throws {
        let first = try NotebookReader.parse(Self.notebook(inputLine: "let a\r\r"), fileName: "nb.md")
        #expect(first.cells == [Fixtures.command("let a", "a = 6")])
        let written = NotebookWriter.render(cells: first.cells, header: first.header)
        let second = try NotebookReader.parse(written, fileName: "nb.md")
        #expect(second.cells == first.cells)
        #expect(NotebookWriter.render(cells: second.cells, header: second.header) == written)
    }

    /// A control character inside a line (here a CR) is refused, naming the line: replay would
    /// print it to the terminal.
    @Test func innerCarriageReturnIsRefused() throws {
        #expect(throws: NotebookError(fileName: "nb.md", line: 11, message: "the line holds the control character 0x0D; a notebook is plain text, without terminal escapes")) {
            try NotebookReader.parse(Self.notebook(inputLine: "let\ra"), fileName: "nb.md")
        }
    }
}
