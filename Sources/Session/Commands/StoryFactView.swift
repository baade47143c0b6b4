import Language
import Quantity
import Story

/// What `:fact ID` prints for each kind of statement: a fact, an assumption, a claim or a
/// checkable claim, each with where it comes from.
enum StoryFactView {
    /// The text for the statement called `id`, or nil when the story has none.
    /// `reading` gives a fact's reading line (`reading: 1,900 to 2,100 USD/month — …`), if any.
    static func render(_ id: String, in story: Story, color: Bool, reading: (String) -> String? = { _ in nil }) -> String? {
        if let f = story.facts.first(where: { $0.id == id }) { return fact(f, story, color: color, reading: reading(f.id)) }
        if let a = story.assumptions.first(where: { $0.id == id }) { return assumption(a, story) }
        if let c = story.claims.first(where: { $0.id == id }) { return claim(c, story, color: color) }
        if let c = story.checkableClaims.first(where: { $0.id == id }) { return check(c, story, color: color) }
        return nil
    }

    /// Every id `:fact` accepts.
    static func ids(_ story: Story) -> [String] {
        story.facts.map(\.id) + story.assumptions.map(\.id) + story.claims.map(\.id) + story.checkableClaims.map(\.id)
    }

    static func fact(_ f: Fact, _ story: Story, color: Bool, reading: String? = nil) -> String {
        let q = StoryDisplay.qualifiers(f)
        var lines = ["\(f.id) = \(StoryDisplay.value(f))" + (q.isEmpty ? "" : "   (\(q))")]
        if !f.about.isEmpty { lines.append("  " + f.about) }
        var kind = "  kind: \(f.kind.rawValue)"
        if !f.hedges.isEmpty { kind += " · hedges: " + StoryDisplay.hedges(f.hedges) }
        lines.append(kind)
        if let reading { lines += StoryDisplay.wrap(reading, indent: "           ", firstIndent: "  reading: ") }
        lines.append("  " + StoryDisplay.chain(story, from: f.sourceId, attribution: f.attribution))
        if let quote = f.quote { lines += quoted(quote, story, color: color) }
        lines += f.notes.flatMap { StoryDisplay.wrap($0, indent: "        ", firstIndent: "  note: ") }
        return lines.joined(separator: "\n")
    }

    static func assumption(_ a: Fact, _ story: Story) -> String {
        var lines = ["\(a.id) = \(StoryDisplay.value(a))   (assumption: not in the article)"]
        if !a.about.isEmpty { lines.append("  " + a.about) }
        lines.append("  estimates:")
        let unit = a.unit.isEmpty ? "" : " " + a.unit
        let rows = a.estimates.map { e in
            ["   ", NumberFormat.grouped(e.value) + unit, StoryDisplay.sourceName(story, e.sourceId) + ", " + e.year, e.basis]
        }
        lines += StoryDisplay.table(rows)
        lines += a.notes.flatMap { StoryDisplay.wrap($0, indent: "        ", firstIndent: "  note: ") }
        return lines.joined(separator: "\n")
    }

    static func claim(_ c: Claim, _ story: Story, color: Bool) -> String {
        var lines = ["\(c.id) (claim): \(c.about)"]
        if !c.hedges.isEmpty { lines.append("  hedges: " + StoryDisplay.hedges(c.hedges)) }
        lines.append("  " + StoryDisplay.chain(story, from: c.sourceId, attribution: c.attribution))
        lines += quoted(c.quote, story, color: color)
        lines += c.notes.flatMap { StoryDisplay.wrap($0, indent: "        ", firstIndent: "  note: ") }
        return lines.joined(separator: "\n")
    }

    static func check(_ c: CheckableClaim, _ story: Story, color: Bool) -> String {
        var lines = ["\(c.id) (checkable claim): \(c.formula)  vs  \(c.statedFactId)"]
        if !c.about.isEmpty { lines.append("  " + c.about) }
        if let stated = story.facts.first(where: { $0.id == c.statedFactId }) {
            lines.append("  stated: \(StoryDisplay.value(stated))")
        }
        if let quote = c.quote { lines += quoted(quote, story, color: color) }
        lines.append("  :check recomputes it")
        return lines.joined(separator: "\n")
    }

    /// The quote, its position, and its sentence.
    static func quoted(_ q: Quote, _ story: Story, color: Bool) -> [String] {
        StoryDisplay.wrap("“" + q.exact + "”", indent: "         ", firstIndent: "  quote: ")
            + ["  in " + StoryDisplay.position(q, in: story) + ":"]
            + StoryDisplay.context(story, q, color: color)
    }
}
