import Language
@testable import Notebook
import Session
import Testing

@Suite struct ReplayerTests {
    static let saveRefused = """
        error[command]: :save is refused while replaying a notebook: a replayed file may not write files
          = help: run it yourself at the prompt, or pass --allow-writes to `dossier replay` if you trust the file
        """
    static func requestRefused(_ command: String) -> String {
        """
        error[command]: \(command) is refused while replaying a notebook: a replayed file may not open, save or export files, or leave the session
          = help: run it yourself at the prompt
        """
    }

    static let cells = [
        Fixtures.note("Why this notebook exists."),
        Fixtures.command(":save /tmp/dossier-replayer-test-pwned.md", saveRefused, error: true),
        Fixtures.command(":open other.md", requestRefused(":open"), error: true),
        Fixtures.command(":quit", requestRefused(":quit"), error: true),
        Fixtures.command(":history 3", requestRefused(":history"), error: true),
    ]

    @Test func upToDateNotebookReplaysWithoutDifferences() throws {
        let text = NotebookWriter.render(cells: Self.cells, header: Fixtures.header)
        let notebook = try NotebookReader.parse(text, fileName: "nb.md")
        let session = Fixtures.session()
        var seen: [Cell] = []
        let result = Replayer(dossierVersion: "0.1.0").replay(notebook, fileName: "nb.md", into: session) { seen.append($0) }
        #expect(result.cells == Self.cells)
        #expect(seen == Self.cells)
        #expect(!result.differs)
        #expect(result.diff == "")
        #expect(result.text == text)
        #expect(result.warnings.isEmpty)
        // The session recorded the note and the refused :save itself; requests are never recorded.
        #expect(session.cells == [Self.cells[0], Self.cells[1]])
    }

    @Test func tamperedOutputGivesADiff() throws {
        var cells = Self.cells
        cells[2] = Fixtures.command(":open other.md", "opened it", error: false)
        let notebook = Notebook(header: Fixtures.header, cells: cells)
        let result = Replayer(dossierVersion: "0.1.0").replay(notebook, fileName: "nb.md", into: Fixtures.session())
        #expect(result.differs)
        #expect(result.diff == """
            --- nb.md (recorded)
            +++ nb.md (replayed)
            @@ -19,7 +19,8 @@
             <!-- cell: c3 -->
             ```dossier
             > :open other.md
            -opened it
            +error[command]: :open is refused while replaying a notebook: a replayed file may not open, save or export files, or leave the session
            +  = help: run it yourself at the prompt
             ```
             
             <!-- cell: c4 -->

            """)
    }

    @Test func writesAreRefusedEvenWhenTheSessionAllowsThem() {
        let notebook = Notebook(header: Fixtures.header, cells: [Fixtures.command(":save x.md", "")])
        let result = Replayer(dossierVersion: "0.1.0").replay(notebook, fileName: "nb.md", into: Fixtures.session(forbidWrites: false))
        #expect(result.cells == [Fixtures.command(":save x.md", Self.requestRefused(":save"), error: true)])
    }

    @Test func anAllowedWriteGoesThroughTheCallerOnly() {
        let notebook = Notebook(header: Fixtures.header, cells: [
            Fixtures.command(":save x.md", ""), Fixtures.command(":open y.md", ""),
        ])
        var asked: [ShellRequest] = []
        let replayer = Replayer(dossierVersion: "0.1.0") { request in
            asked.append(request)
            return .output("saved 0 cells to x.md")
        }
        let result = replayer.replay(notebook, fileName: "nb.md", into: Fixtures.session(forbidWrites: false))
        #expect(asked == [.save(path: "x.md")])
        #expect(result.cells == [
            Fixtures.command(":save x.md", "saved 0 cells to x.md"),
            Fixtures.command(":open y.md", Self.requestRefused(":open"), error: true),
        ])
    }

    @Test func changedStoryAndVersionAreWarned() {
        var header = Fixtures.header
        header.storyHash = "sha256:old"
        header.dossierVersion = "0.0.9"
        let result = Replayer(dossierVersion: "0.1.0").replay(Notebook(header: header, cells: []), fileName: "nb.md", into: Fixtures.session())
        #expect(result.warnings == [
            "warning: the story `test-story` has changed since nb.md was recorded (hash sha256:old, now sha256:abc)",
            "warning: nb.md was recorded by Dossier 0.0.9; this is Dossier 0.1.0",
        ])
        // The re-rendered header carries the current version and hash, for --update.
        #expect(result.text == Fixtures.headerText)
        #expect(!result.differs)
    }

    @Test func anotherStoryIsWarned() {
        var header = Fixtures.header
        header.storyID = "other"
        let result = Replayer(dossierVersion: "0.1.0").replay(Notebook(header: header, cells: []), fileName: "nb.md", into: Fixtures.session())
        #expect(result.warnings == ["warning: nb.md was recorded with the story `other`; replaying with `test-story`"])
    }

    @Test func staleHelpOutputIsReplacedByTheCurrentOne() {
        let notebook = Notebook(header: Fixtures.header, cells: [Fixtures.command(":help", "stale help")])
        let result = Replayer(dossierVersion: "0.1.0").replay(notebook, fileName: "nb.md", into: Fixtures.session())
        #expect(result.differs)
        guard case .command(":help", let output, false) = result.cells[0].content else {
            Issue.record("expected a command cell, got \(result.cells)")
            return
        }
        #expect(output.contains(":save"))
    }
}
