import Language
@testable import Notebook
import Session
import Testing

@Suite struct NotebookRoundTripTests {
    /// Cells chosen to exercise every escape and edge of the format.
    static let awkward: [Cell] = [
        Fixtures.note("A note.\n\nIts second paragraph, with `code` and **bold**."),
        Fixtures.command("let a = 2000 USD/month * 12 month", "a = 24,000 USD"),
        Fixtures.command("(1 +\n2)", "3"),
        Fixtures.command(":x", "> looks like input\n\\ backslash\n\\> both\n>"),
        Fixtures.command(":y", "error[z]: not an error"),
        Fixtures.command("bad", "error[syntax]: oops\n  |\n1 | bad\n  | ^^^", error: true),
        Fixtures.command(":z", "```\n````\nx"),
        Fixtures.command("let b = 1", ""),
        Fixtures.command("", ""),
        Fixtures.command(":w", "\n\nblank lines around\n\n"),
        Fixtures.note("<!-- cell: c1 -->\n```dossier\n> not input\n\\<!--"),
        Fixtures.note("Korean: 위성락, quotes “curly”, tab\there"),
        Fixtures.command("fact “x”", "trailing space "),
    ]

    @Test func renderParseRenderIsByteIdentical() throws {
        let text = NotebookWriter.render(cells: Self.awkward, header: Fixtures.header)
        let notebook = try NotebookReader.parse(text, fileName: "nb.md")
        #expect(notebook.header == Fixtures.header)
        #expect(notebook.cells == Self.awkward)
        #expect(NotebookWriter.render(cells: notebook.cells, header: notebook.header) == text)
    }

    @Test func cellLinesNameEachMarker() throws {
        let cells = [Fixtures.note("n"), Fixtures.command("a", "b"), Fixtures.note("m")]
        let notebook = try NotebookReader.parse(NotebookWriter.render(cells: cells, header: Fixtures.header), fileName: "nb.md")
        // header is 7 lines and a blank; c1 at 9, note 10, blank 11, c2 at 12, fence..4 lines, blank 17, c3 at 18
        #expect(notebook.cellLines == [9, 12, 18])
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let text = NotebookWriter.render(cells: [Fixtures.command("a", "b")], header: Fixtures.header)
        let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacing("\n", with: "\r\n").utf8)
        let notebook = try NotebookReader.parse(bytes: crlf, fileName: "nb.md")
        #expect(notebook.cells == [Fixtures.command("a", "b")])
    }

    @Test func handWrittenSpacingIsAccepted() throws {
        let text = Fixtures.headerText + """


            <!-- cell: one -->

            A note after a blank line.


            <!-- cell: two -->
            ```dossier
            > 1
            1
            ```



            """
        let notebook = try NotebookReader.parse(text, fileName: "nb.md")
        #expect(notebook.cells == [Fixtures.note("A note after a blank line."), Fixtures.command("1", "1")])
    }

    @Test func unneededBackslashInOutputIsKept() throws {
        let text = Fixtures.headerText + "\n<!-- cell: c1 -->\n```dossier\n> a\n\\x\n```\n"
        let notebook = try NotebookReader.parse(text, fileName: "nb.md")
        #expect(notebook.cells == [Fixtures.command("a", "\\x")])
    }
}
