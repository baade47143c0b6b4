import BuiltinData
import Foundation
import Language
@testable import Notebook
import Session
import Story
import Testing

/// The HTML report of each example notebook, read back: every fact highlighted once, every
/// in-page link resolving, one chart mark per table row, the percentiles marked, text escaped.
@Suite struct HTMLExporterTests {
    static let story: Story = try! StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)

    /// `notebooks/` under the package root.
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("notebooks").path
    }()

    /// Every example notebook.
    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        // A notebook on a drafted story (its .dossier beside it) is exported with that story: not here yet.
        .filter { !FileManager.default.fileExists(atPath: directory + "/" + $0.dropLast(3) + ".dossier") }

    static func report(_ name: String, check: Bool = true) throws -> (notebook: Notebook, html: String) {
        let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        let notebook = try NotebookReader.parse(text, fileName: name)
        let result = ReportExport.export(notebook, format: "html", fileName: name, story: story, dossierVersion: "test", check: check)
        return (notebook, try #require(result.text))
    }

    @Test(arguments: examples) func everyFactIsHighlightedOnceInTheArticle(_ name: String) throws {
        let html = try Self.report(name).html
        let article = try #require(HTMLScan.between("<section id=\"article\"", "</section>", in: html))
        for fact in Self.story.facts where fact.quote != nil {
            #expect(HTMLScan.count("id=\"quote-\(fact.id)\"", in: html) == 1, "\(fact.id)")
            #expect(article.contains("<mark class=\"fact\" id=\"quote-\(fact.id)\""), "\(fact.id)")
            // The mark holds the quote's words (tags inside it aside) and links to the fact's row.
            #expect(article.contains("<a class=\"fact-ref\" href=\"#fact-\(fact.id)\">"))
            #expect(HTMLScan.count("<tr id=\"fact-\(fact.id)\"", in: html) == 1)
        }
        #expect(HTMLScan.count("<mark class=\"fact\" id=", in: html) == Self.story.facts.filter { $0.quote != nil }.count)
        // The nested quote: "if 10,000 troops are sent" inside the revenue claim's quote.
        #expect(article.contains("annually <mark class=\"fact\" id=\"quote-troops_if_sent\" tabindex=\"0\" aria-describedby=\"tip-troops_if_sent\">if 10,000 troops are sent<a class=\"fact-ref\""))
    }

    @Test(arguments: examples) func everyLinkResolvesAndEveryIdIsUnique(_ name: String) throws {
        let html = try Self.report(name).html
        let ids = HTMLScan.attributeValues("id", in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        let targets = HTMLScan.attributeValues("href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "#\(target) has no element") }
        for referenced in HTMLScan.attributeValues("aria-describedby", in: html) + HTMLScan.attributeValues("aria-labelledby", in: html) {
            for id in referenced.split(separator: " ") { #expect(ids.contains(String(id)), "\(id)") }
        }
        // Nothing is loaded and nothing runs.
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link") && !html.contains("@import") && !html.contains("url(http"))
    }

    @Test func usesLinesLinkToTheFactsAndTheFactsListTheirCells() throws {
        let (notebook, html) = try Self.report("02-soldiers-and-workers.md")
        // The cell `let soldiers = revenue(troops_if_sent, soldier_pay, 1 year)`.
        let index = try #require(notebook.cells.firstIndex { if case .command(let i, _, _) = $0.content { i.hasPrefix("let soldiers") } else { false } })
        let id = "c\(index + 1)"
        let cell = try #require(HTMLScan.between("<section class=\"cell command\" id=\"\(id)\"", "</section>", in: html))
        #expect(cell.contains("uses: <a href=\"#fact-soldier_pay\">soldier_pay</a> (around; reportedly), <a href=\"#fact-troops_if_sent\">troops_if_sent</a> (if)"))
        let row = try #require(HTMLScan.between("<tr id=\"fact-soldier_pay\"", "</tr>", in: html))
        #expect(row.contains("<a href=\"#\(id)\">\(id)</a>"))
        #expect(row.contains("<a href=\"#quote-soldier_pay\">¶4, sentence 2</a>"))
        let grain = try Self.report("03-grain-and-rice.md").html
        #expect(grain.contains("<a href=\"#assumption-grain_need\">grain_need</a>"))
    }

    @Test func everyTableChartHasOneMarkPerRowAndBarsMatchTheTable() throws {
        let html = try Self.report("02-soldiers-and-workers.md").html
        let figures = HTMLScan.all("<figure", "</figure>", in: html)
        #expect(figures.count == 3)
        // :table troops in 3000, 5000, 10000, 12000 — a bar per row, heights as the table's numbers.
        let troops = try #require(figures.first { $0.contains("for each value of troops") })
        let rows = HTMLScan.all("<tr><th scope=\"row\"", "</tr>", in: troops)
        #expect(rows.count == 4)
        // The table cell's text, read as a number ("72,000,000 USD   (72 million)" → 72000000).
        let numbers = rows.map { row -> Double in
            let cell = HTMLScan.between("<td", "</td>", in: row)!
            let text = cell.drop { $0 != ">" }.dropFirst().prefix { $0 != " " }
            return Double(text.filter { $0 != "," })!
        }
        #expect(numbers == [72e6, 120e6, 240e6, 288e6])  // 2,000 × 12 × troops, by hand
        let bars = HTMLScan.tags("rect", in: troops).filter { $0["class"] == "bar" }
        #expect(bars.count == 4)
        let heights = bars.map { Double($0["height"]!)! }
        for (h, n) in zip(heights, numbers) { #expect(abs(h / heights.last! - n / numbers.last!) < 0.002, "\(h) vs \(n)") }
        // :table y in 1..5: project(…) — a line over the years, a point per row.
        let years = try #require(figures.first { $0.contains("for each value of y") })
        #expect(years.contains("class=\"dossier-chart line-chart\""))
        #expect(HTMLScan.tags("g", in: years).filter { $0["class"] == "point" }.count == 5)
    }

    @Test(arguments: examples) func everySimulationMarksItsPercentilesAndMean(_ name: String) throws {
        let (notebook, html) = try Self.report(name)
        let simulations = notebook.cells.filter { if case .command(let i, _, false) = $0.content { i.hasPrefix(":simulate") } else { false } }
        let histograms = HTMLScan.all("<svg", "</svg>", in: html).filter { $0.contains("class=\"dossier-chart histogram\"") }
        #expect(histograms.count == simulations.count)
        for histogram in histograms {
            let lines = HTMLScan.tags("line", in: histogram)
            for mark in ["p5", "p50", "p95", "mean"] {
                #expect(lines.filter { $0["class"] == "mark \(mark)" }.count == 1, "\(mark)")
            }
            #expect(histogram.contains("<title id=") && histogram.contains("<desc id="))
        }
        #expect(name != "02-soldiers-and-workers.md" || histograms.count == 1)
    }

    @Test(arguments: examples) func everyTableHasAChartWithAMarkPerRow(_ name: String) throws {
        let (notebook, html) = try Self.report(name)
        let tables = notebook.cells.filter { if case .command(let i, _, false) = $0.content { i.hasPrefix(":table") } else { false } }
        let figures = HTMLScan.all("<figure", "</figure>", in: html).filter { $0.contains("for each value of") }
        #expect(figures.count == tables.count)
        for figure in figures {
            let rows = HTMLScan.all("<tr><th scope=\"row\"", "</tr>", in: figure).count
            let marks = HTMLScan.tags("rect", in: figure).filter { $0["class"] == "bar" }.count + HTMLScan.tags("g", in: figure).filter { $0["class"] == "point" }.count
            #expect(rows > 0 && marks == rows)
        }
    }

    @Test func thePageSaysWhetherItWasChecked() throws {
        #expect(try Self.report("01-facts-and-sources.md", check: true).html.contains("<span class=\"verified\">Verified.</span> Replayed at export (<code>--check</code>): all 13 cells gave exactly their recorded outputs."))
        let unchecked = try Self.report("01-facts-and-sources.md", check: false).html
        #expect(unchecked.contains("<span class=\"unverified\">Not checked</span> with <code>--check</code>."))
        // The header: headline, author, outlet, and plainly no date (the built-in story has none).
        #expect(unchecked.contains("<h1>North Korea’s involvement in Russia’s war: Strategic gamble with potential gains</h1>"))
        #expect(unchecked.contains("<p class=\"byline\">By Vafa Guliyeva · Caliber.Az · no date given in the story file</p>"))
        #expect(unchecked.contains("<dt>Seed</dt><dd>42</dd>"))
        // :facts is text in the report, not a chart.
        #expect(!unchecked.contains("dossier-listing"))
        // A tampered output: --check refuses; without it the page says so and draws no chart for it.
        var notebook = try NotebookReader.parse(try String(contentsOfFile: Self.directory + "/02-soldiers-and-workers.md", encoding: .utf8), fileName: "t.md")
        let index = try #require(notebook.cells.firstIndex { if case .command(let i, _, _) = $0.content { i.hasPrefix(":table troops") } else { false } })
        guard case .command(let input, let output, _) = notebook.cells[index].content else { return }
        notebook.cells[index] = Cell(.command(input: input, output: output.replacingOccurrences(of: "72,000,000", with: "99,000,000"), isError: false))
        #expect(ReportExport.export(notebook, format: "html", fileName: "t.md", story: Self.story, dossierVersion: "test", check: true).text == nil)
        let html = try #require(ReportExport.export(notebook, format: "html", fileName: "t.md", story: Self.story, dossierVersion: "test", check: false).text)
        #expect(html.contains("<span class=\"unverified\">Not verified.</span> Replayed at export, 1 of 18 cells gave outputs different"))
        #expect(html.contains("99,000,000") && !html.contains("for each value of troops"))
    }

    @Test func notesAreMarkdownAndNothingUntrustedGetsThrough() throws {
        try #require(CMark.isAvailable, "libcmark is not installed: run scripts/setup.sh")
        let notebook = Notebook(header: Fixtures.header, cells: [
            Fixtures.note("# Title\n\nSome *emphasis* and a [link](https://example.org/a?b=1&c=2).\n\n<script>alert('x')</script>"),
            Fixtures.note("[bad](javascript:alert(1)) ![a <pic>](http://example.org/p.png \"t\") [quote](https://x.org/\" onclick=\"y)"),
            Fixtures.command("a < b", "\"quoted\" & <b>"),
            Fixtures.command("bad", "error[x]: <no>", error: true),
        ])
        let replay = Replayer(dossierVersion: "test").replay(notebook, fileName: "x.md", into: Fixtures.session())
        let html = HTMLExporter.export(notebook, replay: replay, story: Fixtures.story, fileName: "x <1>.md", checked: false)
        #expect(html.contains("<h2>Title</h2>"))
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">link</a>"))
        // Raw HTML is left out, script links emptied, images shown as their alt text.
        #expect(!html.contains("<script") && !html.contains("alert('x')") && html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("<a href=\"\">bad</a>") && !html.contains("javascript:"))
        #expect(!html.contains("<img") && html.contains("<span class=\"image-alt\">[image: a &lt;pic&gt;]</span>"))
        #expect(!html.contains("onclick=\""))
        #expect(html.contains("<pre class=\"input\"><code>&gt; a &lt; b</code></pre>"))
        #expect(html.contains("<p class=\"error-label\">Error:</p>\n<pre class=\"output error\"><code>"))
        #expect(html.contains("x &lt;1&gt;.md"))
    }

    @Test func withoutLibcmarkNotesArePlainEscapedParagraphs() {
        #expect(MarkdownNote.plain("<b>x</b> & y\n\nsecond *one*") == "<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>\n<p>second *one*</p>")
        #expect(MarkdownNote.demoteHeadings("<h1>a</h1><h5>b</h5><h6>c</h6>") == "<h2>a</h2><h6>b</h6><h6>c</h6>")
    }
}

/// Reads a rendered page back: enough of HTML for what the exporter writes (double-quoted attributes).
enum HTMLScan {
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text from the first `start` to the next `end`, both included.
    static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return nil }
        return String(text[a.lowerBound..<b.upperBound])
    }

    /// Every stretch from `start` to the next `end`.
    static func all(_ start: String, _ end: String, in text: String) -> [String] {
        var out: [String] = [], rest = text[...]
        while let a = rest.range(of: start), let b = rest.range(of: end, range: a.upperBound..<rest.endIndex) {
            out.append(String(rest[a.lowerBound..<b.upperBound]))
            rest = rest[b.upperBound...]
        }
        return out
    }

    /// Every value of attribute `name`.
    static func attributeValues(_ name: String, in text: String) -> [String] {
        all(" \(name)=\"", "\"", in: text).map { String($0.dropFirst(name.count + 3).dropLast()) }
    }

    /// The attributes of every `<name …>` tag.
    static func tags(_ name: String, in text: String) -> [[String: String]] {
        all("<\(name) ", ">", in: text).map { tag in
            var attributes: [String: String] = [:]
            var rest = tag[...]
            while let eq = rest.range(of: "=\"") {
                let key = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                guard let close = rest[eq.upperBound...].firstIndex(of: "\"") else { break }
                attributes[key] = String(rest[eq.upperBound..<close])
                rest = rest[rest.index(after: close)...]
            }
            return attributes
        }
    }
}
