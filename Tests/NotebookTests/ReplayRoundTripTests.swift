import Language
@testable import Notebook
import Session
import Testing

/// Session → notebook → replay: what a user saves replays to the same bytes.
@Suite struct ReplayRoundTripTests {
    static let inputs = [
        "let a = 2000 USD/month * 12 month",
        "a * 10",
        ":note The pay alone comes to a quarter of a million a year.",
        "1/0",
        "a + 3 t",
        "(8000 to 12000) * (1800 to 2200) * 12",
        "fn annual(x) = x * 12 month",
        "annual(800 USD/month)",
        ":save /tmp/never-written.md",
        "(1 +\n2)",
    ]

    @Test func savedSessionReplaysIdentically() throws {
        let live = Fixtures.session(forbidWrites: false)
        for input in Self.inputs { _ = live.run(input) }
        // :save was a request, so it is not a cell; everything else is.
        #expect(live.cells.count == Self.inputs.count - 1)
        let text = NotebookWriter.render(cells: live.cells, header: Fixtures.header)
        #expect(text.contains("> a * 10\na * 10 = 240,000 USD") || text.contains("240,000"))
        let notebook = try NotebookReader.parse(text, fileName: "nb.md")
        let result = Replayer(dossierVersion: "0.1.0").replay(notebook, fileName: "nb.md", into: Fixtures.session())
        #expect(!result.differs)
        #expect(result.diff == "")
        #expect(result.text == text)
    }

    @Test func tamperedNumberFailsWithAMinimalDiff() throws {
        let live = Fixtures.session(forbidWrites: false)
        for input in Self.inputs.prefix(2) { _ = live.run(input) }
        let text = NotebookWriter.render(cells: live.cells, header: Fixtures.header)
        guard case .command(_, let output, false) = live.cells[1].content, output.contains("240,000") else {
            Issue.record("a * 10 gave \(live.cells[1])")
            return
        }
        let tampered = text.replacing("240,000", with: "250,000")
        let result = Replayer(dossierVersion: "0.1.0").replay(try NotebookReader.parse(tampered, fileName: "nb.md"), fileName: "nb.md", into: Fixtures.session())
        #expect(result.differs)
        let changed = result.diff.split(separator: "\n").filter { ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
        #expect(changed.map { Array($0.utf8) } == ["-" + output.replacing("240,000", with: "250,000"), "+" + output].map { Array($0.utf8) })
        #expect(result.text == text)
    }
}


/// Replay of a notebook as read from its bytes (`RecordedNotebook`, what `dossier replay` and
/// `:open` use) gives what replay of its parsed cells gives.
@Suite struct RecordedReplayTests {
    /// Both replays of `text`, each into a fresh session.
    static func both(_ text: String) throws -> (cells: ReplayResult, bytes: ReplayResult) {
        let replayer = Replayer(dossierVersion: "0.1.0")
        let cells = replayer.replay(try NotebookReader.parse(text, fileName: "nb.md"), fileName: "nb.md", into: Fixtures.session())
        let bytes = replayer.replay(try NotebookReader.read(bytes: Array(text.utf8), fileName: "nb.md"), fileName: "nb.md", into: Fixtures.session())
        return (cells, bytes)
    }

    static func expectSame(_ text: String, changed: Int) throws {
        let (cells, bytes) = try both(text)
        #expect(bytes.cells == cells.cells)
        #expect(bytes.recorded == cells.recorded)
        #expect(bytes.changedCount == changed)
        #expect(cells.changedCount == changed)
        #expect(bytes.text == cells.text)
        #expect(bytes.diff == cells.diff)
    }

    @Test func aNotebookThatHoldsReplaysTheSameEitherWay() throws {
        let live = Fixtures.session(forbidWrites: false)
        for input in ReplayRoundTripTests.inputs { _ = live.run(input) }
        let text = NotebookWriter.render(cells: live.cells, header: Fixtures.header)
        try Self.expectSame(text, changed: 0)
        // Written with CRLF line ends, it reads (and so replays) the same.
        try Self.expectSame(text.replacing("\n", with: "\r\n"), changed: 0)
    }

    @Test func changedOutputsAreCountedTheSameEitherWay() throws {
        let live = Fixtures.session(forbidWrites: false)
        for input in ReplayRoundTripTests.inputs { _ = live.run(input) }
        let text = NotebookWriter.render(cells: live.cells, header: Fixtures.header)
        // One output changed by hand, and the two errors (`1/0`, `a + 3 t`) turned into plain
        // outputs by escaping their `error[`.
        let tampered = text.replacing("240,000", with: "250,000").replacing("\nerror[", with: "\n\\error[")
        try Self.expectSame(tampered, changed: 3)
        // Every shape the reader knows: `let a = (1 + 2)` and the two notes hold; `:help x`, the
        // error for `soldier_pya`, `let b = 2` (recorded with no output) and `x` (an unknown name,
        // recorded as three lines of output) do not.
        try Self.expectSame(NotebookReaderDifferentialTests.rich, changed: 4)
    }
}
