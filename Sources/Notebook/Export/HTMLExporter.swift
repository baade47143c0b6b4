import Language
import Render
import Story

/// Writes a notebook as one self-contained HTML report: the story's header and how the outputs
/// were verified, the article with every fact's quote highlighted and linked, a table of the
/// facts and assumptions with the cells that used them, then every cell, notes as Markdown and
/// the charting commands' results as inline SVG. No script, no external resource; prints cleanly.
///
/// A notebook file stores text only, so the charts come from a replay: `ReportExport` replays
/// the notebook in a fresh session that may not write (as `dossier replay` does) and hands the
/// result here. A cell's chart is drawn only when its replayed output is its recorded output,
/// so a chart never shows numbers the text beside it does not.
public enum HTMLExporter {
    /// The page for `notebook` (the recorded cells, shown as recorded), with `replay`'s charts.
    /// `checked` says the caller refused to export unless every output matched (`--check`);
    /// `fileName` names the notebook in the header.
    public static func export(_ notebook: Notebook, replay: ReplayResult, story: Story, fileName: String, checked: Bool) -> String {
        let cells = CellsHTML(notebook: notebook, replay: replay, story: story)
        let title = story.title.isEmpty ? fileName : story.title
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Dossier \(Render.escape(replay.header.dossierVersion))">
        <title>\(Render.escape(title)) — Dossier report</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <header class="report-header">
        <p class="kicker">Dossier report on the numbers in a news story</p>
        <h1>\(Render.escape(title))</h1>

        """
        out += byline(story)
        out += provenance(notebook, replay: replay, story: story, fileName: fileName, checked: checked)
        out += "</header>\n<main>\n<section id=\"article\" aria-labelledby=\"article-heading\">\n<h2 id=\"article-heading\">The article</h2>\n"
        out += "<p class=\"cell-label\">Each highlighted passage is a number Dossier knows as a fact: hover over it or move to it with Tab for its value, hedges and sources; its label links to the facts table.</p>\n"
        out += ArticleHTML(story: story).html()
        out += "</section>\n"
        out += FactsTableHTML(story: story, usedBy: cells.usedBy).html()
        out += "<section id=\"notebook\" aria-labelledby=\"notebook-heading\">\n<h2 id=\"notebook-heading\">The notebook</h2>\n"
        out += cells.html()
        out += "</section>\n</main>\n"
        out += "<footer>Written by Dossier \(Render.escape(replay.header.dossierVersion)) from \(Render.escape(fileName)). "
        out += "The page is self-contained: it loads nothing and runs no script.</footer>\n</body>\n</html>\n"
        return out
    }

    /// "By Vafa Guliyeva · Caliber.Az · 2024-10-22", with the article's address when known.
    static func byline(_ story: Story) -> String {
        var parts: [String] = []
        if !story.author.isEmpty { parts.append("By " + Render.escape(story.author)) }
        if !story.outlet.isEmpty { parts.append(Render.escape(story.outlet)) }
        if let date = story.date {
            parts.append("<time datetime=\"\(Render.escape(date))\">\(Render.escape(date))</time>")
        } else {
            parts.append("no date given in the story file")
        }
        var out = "<p class=\"byline\">\(parts.joined(separator: " · "))</p>\n"
        if let url = story.url, MarkdownNote.isSafe(url) {
            out += "<p class=\"byline\"><a href=\"\(Render.escape(url))\">\(Render.escape(url))</a></p>\n"
        }
        return out
    }

    /// Where the numbers come from and whether a replay confirmed them.
    static func provenance(_ notebook: Notebook, replay: ReplayResult, story: Story, fileName: String, checked: Bool) -> String {
        let h = notebook.header
        let n = notebook.cells.count
        let cells = "\(n) \(n == 1 ? "cell" : "cells")"
        var rows: [(String, String)] = [("Notebook", Render.escape(fileName) + " (\(cells))")]
        var version = "recorded by Dossier \(Render.escape(h.dossierVersion))"
        if h.dossierVersion != replay.header.dossierVersion { version += "; exported by Dossier \(Render.escape(replay.header.dossierVersion))" }
        rows.append(("Dossier", version))
        rows.append(("Story", "\(Render.escape(h.storyID)), <code>\(Render.escape(h.storyHash))</code>"
                     + (h.storyHash == story.contentHash ? "" : " (the story has changed since: now <code>\(Render.escape(story.contentHash))</code>)")))
        rows.append(("Seed", "\(h.seed)"))
        let verdict: String
        if replay.differs {
            verdict = "<span class=\"unverified\">Not verified.</span> Replayed at export, \(replay.changedCount) of \(cells) gave outputs different from the recorded ones; the recorded outputs are shown, and those cells' charts are left out."
        } else if checked {
            verdict = "<span class=\"verified\">Verified.</span> Replayed at export (<code>--check</code>): all \(cells) gave exactly their recorded outputs."
        } else {
            verdict = "<span class=\"unverified\">Not checked</span> with <code>--check</code>. The replay made at export to draw the charts gave every recorded output."
        }
        rows.append(("Outputs", verdict))
        for warning in replay.warnings { rows.append(("Warning", Render.escape(warning))) }
        if !CMark.isAvailable && notebook.cells.contains(where: { if case .note = $0.content { true } else { false } }) {
            rows.append(("Notes", "shown as plain text: libcmark, which renders their Markdown, is not installed"))
        }
        return "<dl class=\"provenance\">\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined(separator: "\n") + "\n</dl>\n"
    }
}
