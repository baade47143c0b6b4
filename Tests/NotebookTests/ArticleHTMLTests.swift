import Language
import Story
import Testing
@testable import Notebook

/// Quotes that nest or cross are each marked once, with well-formed tags.
@Suite struct ArticleHTMLTests {
    /// A story whose one paragraph is `abcdefghij`, with facts quoting the spans given (offsets
    /// count from the title line `T` and its line feed, so the paragraph starts at 2).
    static func story(_ quotes: [(String, Int, Int)]) -> Story {
        var story = Story(id: "s", title: "T", outlet: "O", author: "A", facts: [], assumptions: [], checkableClaims: [], contentHash: "sha256:0")
        story.article = Article(title: "T", paragraphs: [["abcdefghij"]], byline: nil)
        story.facts = quotes.map { id, start, end in
            var f = Fact(id: id, value: .point(1), unit: "", qualifier: nil, hedges: [], line: 1)
            f.quote = Quote(exact: story.article.slice(start, end), start: start, end: end, paragraph: 1, sentence: 1)
            return f
        }
        return story
    }

    /// The paragraph with each fact's closing link and tooltip cut down to `/ID` for reading.
    static func marked(_ quotes: [(String, Int, Int)]) -> String {
        var html = ArticleHTML(story: story(quotes)).html()
        while let ref = html.range(of: "<a class=\"fact-ref\"") {
            let end = html.range(of: "</span></span></mark>", range: ref.upperBound..<html.endIndex)!
            let id = html[ref.upperBound...].split(separator: ">")[0].split(separator: "-").last!.dropLast()
            html.replaceSubrange(ref.lowerBound..<end.upperBound, with: "/\(id)</mark>")
        }
        return html.replacingOccurrences(of: " tabindex=\"0\" aria-describedby=\"tip-a\"", with: "")
            .replacingOccurrences(of: " tabindex=\"0\" aria-describedby=\"tip-b\"", with: "")
    }

    @Test func crossingQuotesCloseAndReopen() {
        // a = "cdef" (4..<8), b = "efgh" (6..<10): b is cut at a's end and reopened without its id.
        #expect(Self.marked([("a", 4, 8), ("b", 6, 10)]) == """
            <p id="para-1"><span class="para-number" aria-hidden="true">1</span> ab<mark class="fact" id="quote-a">cd<mark class="fact" id="quote-b">ef</mark>/a</mark><mark class="fact cont">gh/b</mark>ij</p>

            """)
    }

    @Test func nestedQuotesNest() {
        // a = "bcdefgh" (3..<10) holds b = "def" (5..<8).
        #expect(Self.marked([("a", 3, 10), ("b", 5, 8)]) == """
            <p id="para-1"><span class="para-number" aria-hidden="true">1</span> a<mark class="fact" id="quote-a">bc<mark class="fact" id="quote-b">def/b</mark>gh/a</mark>ij</p>

            """)
    }

    @Test func theTooltipSaysWhatTheFactIs() {
        let html = ArticleHTML(story: Self.story([("a", 4, 8)])).html()
        #expect(html.contains("<a class=\"fact-ref\" href=\"#fact-a\">a</a><span class=\"tip\" role=\"tooltip\" id=\"tip-a\"><span class=\"tip-line\"><strong>a</strong> = 1</span>"))
    }
}
