import Language
import Testing
@testable import Notebook

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

