import Language
import Quantity
import Render
import Session
import Story

/// The facts and assumptions as a table, one row each (`id="fact-ID"`, `id="assumption-ID"`):
/// value, qualifiers and hedges, source chain, where the quote is, and the cells that used it.
struct FactsTableHTML {
    let story: Story
    /// For each fact or assumption id, the ids of the cells whose `uses:`/`assumes:` name it.
    let usedBy: [String: [String]]

    /// The element id a fact or assumption's row has.
    static func anchor(_ id: String, isAssumption: Bool) -> String {
        (isAssumption ? "assumption-" : "fact-") + id
    }

    func html() -> String {
        var out = "<section id=\"facts\" aria-labelledby=\"facts-heading\">\n<h2 id=\"facts-heading\">Facts and assumptions</h2>\n"
        out += "<table class=\"facts\">\n<thead><tr><th scope=\"col\">id</th><th scope=\"col\">value</th><th scope=\"col\">qualifier; hedges</th>"
        out += "<th scope=\"col\">source</th><th scope=\"col\">in the article</th><th scope=\"col\">used in</th></tr></thead>\n<tbody>\n"
        for f in story.facts {
            let place = f.quote.map { "<a href=\"#quote-\(Render.escape(f.id))\">¶\($0.paragraph), sentence \($0.sentence)</a>" } ?? "—"
            var hedges = Render.escape(FactSummary.qualifiers(f))
            if !f.hedges.isEmpty { hedges += "<br>" + Render.escape(FactSummary.hedges(f)) }
            out += row(f, isAssumption: false, hedges: hedges, source: Render.escape(FactSummary.chain(f, in: story)), place: place)
        }
        for a in story.assumptions {
            let estimates = a.estimates.map { e in
                "\(Render.escape(NumberFormat.grouped(e.value))) \(Render.escape(a.unit)) (\(Render.escape(story.source(e.sourceId)?.name ?? e.sourceId)), \(Render.escape(e.year)))"
            }
            out += row(a, isAssumption: true, hedges: "assumption", source: estimates.joined(separator: "; "), place: "not in the article")
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func row(_ f: Fact, isAssumption: Bool, hedges: String, source: String, place: String) -> String {
        let cells = (usedBy[f.id] ?? []).map { "<a href=\"#\($0)\">\($0)</a>" }
        let about = f.about.isEmpty ? "" : "<br><small>\(Render.escape(f.about))</small>"
        return "<tr id=\"\(Render.escape(Self.anchor(f.id, isAssumption: isAssumption)))\"><th scope=\"row\"><code>\(Render.escape(f.id))</code></th>"
            + "<td>\(Render.escape(FactSummary.value(f)))\(about)</td><td>\(hedges)</td><td>\(source)</td><td>\(place)</td>"
            + "<td>\(cells.isEmpty ? "—" : cells.joined(separator: ", "))</td></tr>\n"
    }
}
