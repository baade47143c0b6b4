import Language
import Render
import Session
import Story

/// The article, paragraph by paragraph, with each fact's quote highlighted once: a `<mark
/// id="quote-ID">` that links to the fact's row (`#fact-ID`) and shows, on hover or focus, the
/// value, qualifiers, hedges and source chain (CSS only).
///
/// Quotes may nest (`if 10,000 troops are sent` inside the revenue claim's quote) or cross; a
/// crossing quote is closed and reopened around the other, the reopened part without an id, so
/// each fact still has exactly one element with its id.
struct ArticleHTML {
    let story: Story

    /// A quote to mark: the fact and its span in article offsets (Unicode scalars).
    struct Span {
        let fact: Fact
        let start: Int
        let end: Int
    }

    /// Every paragraph as a `<p>`, numbered as `:fact` numbers them (`id="para-4"`).
    func html() -> String {
        let spans = story.facts.compactMap { f in f.quote.map { Span(fact: f, start: $0.start, end: $0.end) } }
        var out = ""
        for paragraph in story.article.paragraphs {
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last else { continue }
            let inside = spans.filter { $0.start >= first.start && $0.end <= last.end && $0.start < $0.end }
            out += "<p id=\"para-\(paragraph.number)\"><span class=\"para-number\" aria-hidden=\"true\">\(paragraph.number)</span> "
            out += marked(from: first.start, to: last.end, spans: inside) + "</p>\n"
        }
        return out
    }

    /// The text from `start` to `end` with `spans` marked.
    func marked(from start: Int, to end: Int, spans: [Span]) -> String {
        var cuts = Set([start, end])
        for s in spans { cuts.insert(s.start); cuts.insert(s.end) }
        let positions = cuts.sorted()
        // Outer quotes open first: by start, then the longer one.
        let byStart = Dictionary(grouping: spans, by: \.start).mapValues { $0.sorted { $0.end > $1.end } }
        var open: [Span] = []
        var out = ""
        for (i, position) in positions.enumerated() {
            // Close what ends here; what was opened inside a closing quote reopens after it.
            if let firstClosing = open.firstIndex(where: { $0.end == position }) {
                let reopen = open[firstClosing...].filter { $0.end != position }
                for span in open[firstClosing...].reversed() { out += close(span, final: span.end == position) }
                open.removeSubrange(firstClosing...)
                for span in reopen { out += "<mark class=\"fact cont\">"; open.append(span) }
            }
            for span in byStart[position] ?? [] { out += opening(span); open.append(span) }
            if i + 1 < positions.count {
                out += Render.escape(story.article.slice(position, positions[i + 1]))
            }
        }
        for span in open.reversed() { out += close(span, final: true) }
        return out
    }

    /// The opening tag of a fact's quote.
    func opening(_ span: Span) -> String {
        let id = Render.escape(span.fact.id)
        return "<mark class=\"fact\" id=\"quote-\(id)\" tabindex=\"0\" aria-describedby=\"tip-\(id)\">"
    }

    /// The closing tag; the quote's last part also carries its link and its tooltip.
    func close(_ span: Span, final: Bool) -> String {
        guard final else { return "</mark>" }
        let f = span.fact
        let id = Render.escape(f.id)
        var tip = "<span class=\"tip-line\"><strong>\(id)</strong> = \(Render.escape(FactSummary.value(f)))</span>"
        let qualifiers = FactSummary.qualifiers(f)
        if !qualifiers.isEmpty { tip += "<span class=\"tip-line\">qualifier: \(Render.escape(qualifiers))</span>" }
        if !f.hedges.isEmpty { tip += "<span class=\"tip-line\">hedges: \(Render.escape(FactSummary.hedges(f)))</span>" }
        tip += "<span class=\"tip-line\">\(Render.escape(FactSummary.chain(f, in: story)))</span>"
        return "<a class=\"fact-ref\" href=\"#fact-\(id)\">\(id)</a><span class=\"tip\" role=\"tooltip\" id=\"tip-\(id)\">\(tip)</span></mark>"
    }
}
