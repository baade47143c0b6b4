import Glibc
@testable import Kernel
import Language
import Render
import Session
import Shell
import Testing

@Suite struct CellRunnerTests {
    static func runner() -> CellRunner {
        CellRunner(session: Session(story: KernelFixtures.story), notebook: FileNotebookServices(journaling: false))
    }

    static func run(_ code: String, in runner: CellRunner = runner()) -> (ok: Bool, events: [CellEvent]) {
        var events: [CellEvent] = []
        let ok = runner.run(code, cellID: "c1") { events.append($0) }
        return (ok, events)
    }

    @Test func aResultIsTheShellsTextWithItsHTML() {
        let (ok, events) = Self.run("1+1")
        #expect(ok)
        #expect(events == [.result(text: "2", html: "<pre class=\"dossier-output\">2</pre>\n", input: "1+1", isLast: true)])
    }

    @Test func htmlIsEscaped() {
        // 2,000 USD/month × 12 month = 24,000 USD; the text has no markup, the quote below does.
        let (_, events) = Self.run("let a_b = 2000 USD/month * 12 month")
        guard case .result(let text, let html, _, _) = events.first else { Issue.record("no result"); return }
        #expect(text == "a_b = 24,000 USD")
        #expect(html == "<pre class=\"dossier-output\">a_b = 24,000 USD</pre>\n")
        #expect(RichOutput.html(text: "a < b & \"c\"", figure: nil, id: "x") == "<pre class=\"dossier-output\">a &lt; b &amp; &quot;c&quot;</pre>\n")
    }

    @Test func linesRunAsTheShellRunsThemAndTheFirstErrorEndsTheCell() {
        let runner = Self.runner()
        let (ok, events) = Self.run("let x = (1 +\n 2)\n\n# a comment\nx * 2\n1 +\nx * 3", in: runner)
        #expect(!ok)
        #expect(events.count == 3)
        #expect(events[0] == .result(text: "x = 3", html: "<pre class=\"dossier-output\">x = 3</pre>\n", input: "let x = (1 +\n 2)", isLast: false))
        #expect(events[1] == .result(text: "6", html: "<pre class=\"dossier-output\">6</pre>\n", input: "x * 2", isLast: false))
        guard case .error(let kind, let message, let rendered) = events[2] else { Issue.record("no error"); return }
        #expect(kind == "syntax")
        #expect(message == "expected a number, a name or `(`, found the end of the input")
        #expect(rendered == """
            error[syntax]: expected a number, a name or `(`, found the end of the input
              |
            1 | 1 +
              |    ^ expected a number, a name or `(`
            """)
        // `x * 3` never ran; the failed input left the session as it was (x is still 3).
        #expect(runner.session.cells.count == 3)
        #expect(Self.run("x", in: runner).events.first.map { if case .result(let t, _, _, _) = $0 { t } else { "" } } == "3")
    }

    @Test func aBracketLeftOpenAtTheEndOfTheCellIsAnError() {
        let (ok, events) = Self.run("(1 +\n 2")
        #expect(!ok)
        guard case .error(let kind, let message, _) = events.first else { Issue.record("no error"); return }
        #expect(kind == "syntax")
        #expect(message == "the input ends with a bracket still open")
    }

    @Test func saveWritesTheSessionAsADossierNotebook() throws {
        let dir = "/tmp/dossier-kernel-test-\(getpid())"
        mkdir(dir, 0o700)
        defer { unlink(dir + "/nb.md"); rmdir(dir) }
        let runner = Self.runner()
        _ = Self.run("let a = 2", in: runner)
        let (ok, events) = Self.run(":save \(dir)/nb.md", in: runner)
        #expect(ok)
        #expect(events == [.stream("saved 1 cell to \(dir)/nb.md\n")])
        let text = try FileAccess.read(dir + "/nb.md").get()
        let saved = String(decoding: text, as: UTF8.self)
        #expect(saved.hasPrefix("<!-- dossier notebook\n"))
        #expect(saved.hasSuffix("```dossier\n> let a = 2\na = 2\n```\n"))
    }

    @Test func historyListsTheInputs() {
        let runner = Self.runner()
        _ = Self.run("1+1\n2+2", in: runner)
        let (_, events) = Self.run(":history", in: runner)
        #expect(events == [.stream("1  1+1\n2  2+2\n3  :history\n")])
    }

    @Test func tablesAndSimulationsGetTheirChart() {
        let (_, table) = Self.run(":table n in 1000, 2000, 3000: n * soldier_pay * 12 month")
        guard case .result(_, let html, _, _) = table.first else { Issue.record("no table"); return }
        #expect(html.hasPrefix("<figure class=\"dossier-figure\" id=\"c1-1-figure\">"))
        #expect(html.contains("<table") && html.contains("<svg"))
        // Below the figure, only what it does not show: the provenance.
        #expect(html.hasSuffix("</figure>\n<pre class=\"dossier-output\">  uses: soldier_pay (around)</pre>\n"))
        let (_, simulation) = Self.run(":simulate --samples 1000 (1 to 2) * 3")
        guard case .result(_, let chart, _, _) = simulation.first else { Issue.record("no simulation"); return }
        #expect(chart.contains("class=\"dossier-chart histogram\""))
        #expect(chart.hasSuffix("</figure>\n"))
        #expect(!chart.contains("<script"))
    }

    @Test func factsAreAnHTMLTableWithTheCountBelow() {
        let (_, events) = Self.run(":facts")
        guard case .result(let text, let html, _, _) = events.first else { Issue.record("no listing"); return }
        #expect(text.hasPrefix("id           value"))
        #expect(html.hasPrefix("<table class=\"dossier-listing\""))
        #expect(html.contains(">soldier_pay</th>"))
        // The table replaces the text's own; what follows it in the text follows it here.
        #expect(!html.contains("id           value"))
        let footer = String(text.split(separator: "\n").last!)
        #expect(html.hasSuffix("</table>\n<pre class=\"dossier-output\">\(footer)</pre>\n"))
    }

    @Test func aTextOfAnotherShapeIsShownWhole() {
        let table = TableFigure(parameter: "n", expression: "n", unit: "", rows: [TableRow(label: "1", parameterValue: 1, low: 1, high: 1, text: "1")])
        #expect(RichOutput.remainder(of: "n  n\n1  1\n  uses: x", after: .table(table)) == "  uses: x")
        #expect(RichOutput.remainder(of: "n  n\n1  1\nnot indented", after: .table(table)) == nil)
        #expect(RichOutput.remainder(of: "short", after: .table(table)) == nil)
        // Open-ended end rows are part of the histogram, not provenance.
        let histogram = HistogramFigure(expression: "x", unit: "", samples: 10, seed: 42, mean: 1, p5: 1, p50: 1, p95: 1,
                                        bins: [HistogramBin(low: 0, high: 1, count: 8)])
        let text = "10 samples, seed 42\n  mean  1\n  5%    1\n  50%   1\n  95%   1\n  < 0    █\n  0 – 1  ████████\n  > 1    █\n  uses: y"
        #expect(RichOutput.remainder(of: text, after: .histogram(histogram)) == "  uses: y")
    }

    @Test func renderedErrorKindsAreRead() {
        #expect(CellRunner.kind(of: "error[io]: cannot write x") == "io")
        #expect(CellRunner.kind(of: "something else") == "command")
    }
}
