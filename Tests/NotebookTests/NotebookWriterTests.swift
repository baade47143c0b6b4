import Language
@testable import Notebook
import Session
import Testing

@Suite struct NotebookWriterTests {
    @Test func rendersHeaderNotesAndCommands() {
        let cells = [
            Fixtures.note("Rice covers part of the gap."),
            Fixtures.command("let a = 2000 USD/month * 12 month", "a = 24,000 USD"),
            Fixtures.command("soldier_pya", "error[unknown-name]: no fact named `soldier_pya`\n  |\n1 | soldier_pya\n  | ^^^^^^^^^^^", error: true),
            Fixtures.command("let b = 1", ""),
        ]
        let expected = Fixtures.headerText + """

            <!-- cell: c1 -->
            Rice covers part of the gap.

            <!-- cell: c2 -->
            ```dossier
            > let a = 2000 USD/month * 12 month
            a = 24,000 USD
            ```

            <!-- cell: c3 -->
            ```dossier
            > soldier_pya
            error[unknown-name]: no fact named `soldier_pya`
              |
            1 | soldier_pya
              | ^^^^^^^^^^^
            ```

            <!-- cell: c4 -->
            ```dossier
            > let b = 1
            ```

            """
        #expect(NotebookWriter.render(cells: cells, header: Fixtures.header) == expected)
    }

    @Test func emptyNotebookIsJustTheHeader() {
        #expect(NotebookWriter.render(cells: [], header: Fixtures.header) == Fixtures.headerText)
    }

    @Test func multiLineInputRepeatsThePrompt() {
        let text = NotebookWriter.render(cells: [Fixtures.command("(1 +\n\n2)", "3")], header: Fixtures.header)
        #expect(text.hasSuffix("```dossier\n> (1 +\n>\n> 2)\n3\n```\n"))
    }

    @Test func outputThatLooksLikeInputOrAnEscapeIsEscaped() {
        let output = "> not input\n\\ a backslash\nplain > middle\n>"
        let text = NotebookWriter.render(cells: [Fixtures.command(":x", output)], header: Fixtures.header)
        #expect(text.hasSuffix("> :x\n\\> not input\n\\\\ a backslash\nplain > middle\n\\>\n```\n"))
    }

    @Test func successfulOutputStartingLikeAnErrorIsEscaped() {
        let text = NotebookWriter.render(cells: [Fixtures.command(":x", "error[x]: a quoted error\nerror[y]")], header: Fixtures.header)
        #expect(text.hasSuffix("> :x\n\\error[x]: a quoted error\nerror[y]\n```\n"))
    }

    @Test func outputHoldingAFenceGetsALongerFence() {
        let text = NotebookWriter.render(cells: [Fixtures.command(":x", "```\ncode\n`````")], header: Fixtures.header)
        #expect(text.hasSuffix("<!-- cell: c1 -->\n``````dossier\n> :x\n```\ncode\n`````\n``````\n"))
    }

    @Test func noteLinesThatLookLikeStructureAreEscaped() {
        let note = "<!-- cell: c9 -->\n```dossier\n~~~\n\\<!-- already\n\\plain"
        let text = NotebookWriter.render(cells: [Fixtures.note(note)], header: Fixtures.header)
        #expect(text.hasSuffix("<!-- cell: c1 -->\n\\<!-- cell: c9 -->\n\\```dossier\n\\~~~\n\\\\<!-- already\n\\plain\n"))
    }

    @Test func headerValuesCannotCloseTheComment() {
        let header = NotebookHeader(dossierVersion: "1 --> 2\nx", storyID: "s", storyHash: "h", seed: 0)
        #expect(NotebookWriter.render(cells: [], header: header).contains("dossier: 1 - -> 2 x\n"))
    }
}
