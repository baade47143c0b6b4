import Ink
import Render

/// A note's Markdown as HTML (CommonMark-like, by John Sundell's Ink), made safe for a page that
/// may come from an untrusted notebook: raw HTML is shown as text, links keep only http(s),
/// mailto and in-page targets, and images become their alt text (the page loads nothing).
enum MarkdownNote {
    /// The note as HTML; its headings are one level down, under the report's own.
    static func html(_ markdown: String) -> String {
        let parser = MarkdownParser(modifiers: [
            Modifier(target: .html) { Render.escape(String($0.markdown)) },
            Modifier(target: .images) { "<span class=\"image-alt\">[image: \(Render.escape(altText($0.markdown)))]</span>" },
            Modifier(target: .links) { link($0.html, markdown: $0.markdown) },
            Modifier(target: .headings) { demote($0.html) },
        ])
        return parser.html(from: markdown)
    }

    /// Ink writes `<a href="URL">TITLE</a>` with the URL as typed; keep it only when it is safe,
    /// written with its quotes escaped.
    static func link(_ html: String, markdown: Substring) -> String {
        let prefix = "<a href=\""
        // An inline link's target is the markdown's last parenthesised part: `[title](URL)`.
        let chars = Array(markdown)
        guard chars.last == ")", let open = (0..<max(0, chars.count - 1)).last(where: { chars[$0] == "]" && chars[$0 + 1] == "(" }) else {
            return Render.escape(linkText(markdown))
        }
        let url = String(chars[(open + 2)..<(chars.count - 1)])
        let expected = prefix + url + "\">"
        guard html.hasPrefix(expected), html.hasSuffix("</a>") else { return Render.escape(linkText(markdown)) }
        let title = html.dropFirst(expected.count).dropLast(4)
        guard isSafe(url) else { return String(title) }
        return "<a href=\"\(Render.escape(url))\">\(title)</a>"
    }

    /// Whether a link target may stay a link: a web or mail address, or a place in the page.
    static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("#")
    }

    /// `[text](…)` or `[text][name]` → `text`.
    static func linkText(_ markdown: Substring) -> String {
        guard markdown.first == "[", let close = markdown.firstIndex(of: "]") else { return String(markdown) }
        return String(markdown[markdown.index(after: markdown.startIndex)..<close])
    }

    /// `![alt](src)` → `alt`.
    static func altText(_ markdown: Substring) -> String {
        linkText(markdown.drop { $0 == "!" })
    }

    /// `<h1>…</h1>` → `<h2>…</h2>`, and so on down to h6.
    static func demote(_ html: String) -> String {
        guard html.hasPrefix("<h"), let level = html.dropFirst(2).first?.wholeNumberValue, level >= 1, level <= 5 else { return html }
        return "<h\(level + 1)" + html.dropFirst(3).dropLast(5) + "</h\(level + 1)>"
    }
}
