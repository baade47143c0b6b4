import Language
import Story

/// The listings of the story commands: `:facts`, `:sources`, `:claims`, `:assumptions`, `:article`.
enum StoryListings {
    /// The `:facts` table: id, value, unit, qualifier and hedges, source.
    static func facts(_ story: Story, filter: StoryFactFilter, filterText: String) -> String {
        let shown = story.facts.filter { filter.matches($0, in: story) }
        if shown.isEmpty { return "no facts match `\(filterText)` (:help facts explains filters)" }
        var lines = StoryDisplay.table([factColumns] + factRows(shown, story))
        if filterText.isEmpty {
            lines.append("\(story.facts.count) facts · :fact ID for one · :assumptions for numbers from outside the article")
        } else {
            lines.append("\(shown.count) of \(story.facts.count) facts")
        }
        return lines.joined(separator: "\n")
    }

    /// The `:facts` table's heading row.
    static let factColumns = ["id", "value", "unit", "qualifier; hedges", "source"]

    /// The `:facts` table's rows for `facts`, one per fact, as printed.
    static func factRows(_ facts: [Fact], _ story: Story) -> [[String]] {
        facts.map { f in
            let hedged = [f.qualifier].compactMap { $0 } + f.hedges.map(\.word).filter { $0 != f.qualifier }
            return [f.id, StoryDisplay.amount(f.value) + (f.kind == .vague ? " (vague)" : ""), f.unit.isEmpty ? "count" : f.unit,
                    hedged.joined(separator: ", "), StoryDisplay.sourceName(story, f.sourceId)]
        }
    }

    /// `:sources`: the article's sources with their chain and what each said, then outside sources.
    /// Linear in the story: who said what is grouped once, and each source shows at most
    /// `chainShown` links of its chain (a chain of thousands would print each one thousands of
    /// times over).
    static func sources(_ story: Story) -> String {
        let inArticle = story.articleSourceIds
        let chains = SourceChains(story)
        var said: [String: [String]] = [:]
        for f in story.facts { said[f.sourceId, default: []].append(f.id) }
        for c in story.claims { said[c.sourceId, default: []].append(c.id) }
        var cited: [String: [String]] = [:]
        for a in story.assumptions {
            for id in Set(a.estimates.map(\.sourceId)) { cited[id, default: []].append(a.id) }
        }
        var lines: [String] = ["Sources in the article (→ the way a statement reached the article):"]
        for s in story.sources where inArticle.contains(s.id) {
            lines += describe(s, chains)
            if let ids = said[s.id] { lines += StoryDisplay.wrap(ids.joined(separator: ", "), indent: "          ", firstIndent: "    said: ") }
        }
        let outside = story.sources.filter { !inArticle.contains($0.id) }
        if !outside.isEmpty {
            lines.append("Sources outside the article (for assumptions):")
            for s in outside {
                lines += describe(s, chains)
                if let ids = cited[s.id] { lines.append("    cited by: " + ids.joined(separator: ", ")) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How many links of a source's chain `:sources` shows before `→ … N more`.
    static let chainShown = 8

    static func describe(_ s: Source, _ chains: SourceChains) -> [String] {
        var head = "\(s.id): \(s.described)"
        let (links, more) = chains.links(after: s.id, limit: chainShown)
        if !links.isEmpty { head += " → " + links.map(\.name).joined(separator: " → ") }
        if more > 0 { head += " → … \(more) more" }
        return StoryDisplay.wrap(head, indent: "      ", firstIndent: "  ")
    }


    /// `:claims`: the statements without a number, then the checkable claims.
    static func claims(_ story: Story) -> String {
        var lines = ["Claims (statements without a number):"]
        for c in story.claims {
            lines += StoryDisplay.wrap(c.about, indent: "      ", firstIndent: "  \(c.id): ")
            var detail = "      [\(c.quote.sentenceId)] " + StoryDisplay.sourceName(story, c.sourceId)
            if c.attribution != .stated { detail += " (\(c.attribution.rawValue))" }
            if !c.hedges.isEmpty { detail += " · " + StoryDisplay.hedges(c.hedges) }
            lines.append(detail)
        }
        if !story.checkableClaims.isEmpty {
            lines.append("Checkable claims (:check recomputes them):")
            for c in story.checkableClaims {
                lines.append("  \(c.id): \(c.formula)  vs  \(c.statedFactId)")
                if !c.about.isEmpty { lines += StoryDisplay.wrap(c.about, indent: "      ", firstIndent: "      ") }
            }
        }
        lines.append(":fact ID shows one with its sentence")
        return lines.joined(separator: "\n")
    }

    /// `:assumptions`: each with its estimates and notes.
    static func assumptions(_ story: Story) -> String {
        if story.assumptions.isEmpty { return "this story has no assumptions" }
        return story.assumptions.map { StoryFactView.assumption($0, story) }.joined(separator: "\n\n")
    }

    /// `:article`: the whole text, sentence-numbered, with the byline.
    static func article(_ story: Story) -> String {
        var lines = [story.article.title, "\(story.outlet)" + (story.date.map { " · " + $0 } ?? "")]
        for p in story.article.paragraphs {
            lines.append("")
            lines += paragraph(p)
        }
        if let byline = story.article.byline {
            lines.append("")
            lines.append(byline)
        }
        return lines.joined(separator: "\n")
    }

    /// One paragraph: each sentence on its own lines after its id.
    static func paragraph(_ p: Paragraph) -> [String] {
        p.sentences.flatMap { s in StoryDisplay.wrap(s.text, indent: "      ", firstIndent: StoryDisplay.pad(s.id, 6)) }
    }
}
