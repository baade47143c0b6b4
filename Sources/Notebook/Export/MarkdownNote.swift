import Render

/// A note's Markdown as HTML, by libcmark (`CMark`), made safe for a page that may come from an
/// untrusted notebook: cmark's safe mode leaves raw HTML out and empties script links, and
/// images become their alt text (the page loads nothing). Headings go one level down, under the
/// report's own. Without libcmark a note is shown as escaped paragraphs.
enum MarkdownNote {
    /// The note as HTML.
    static func html(_ markdown: String) -> String {
        guard let rendered = CMark.html(markdown) else { return plain(markdown) }
        return demoteHeadings(imagesAsText(rendered))
    }

    /// Each `<img src="…" alt="ALT" />` cmark wrote, as `[image: ALT]` (ALT is already escaped).
    static func imagesAsText(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<img src=\"") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: " />") else { rest = rest[open.upperBound...]; break }
            let tag = rest[open.upperBound..<close.lowerBound]
            var alt = Substring("")
            if let a = tag.firstRange(of: "\" alt=\"") { alt = tag[a.upperBound...].prefix { $0 != "\"" } }
            out += "<span class=\"image-alt\">[image: \(alt)]</span>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `<h1>` → `<h2>` … `<h5>` → `<h6>`. (Safe as a text replacement: cmark escapes `<` in text
    /// and leaves raw HTML out, so every `<hN>` in its output is a heading it made.)
    static func demoteHeadings(_ html: String) -> String {
        var out = html
        for level in stride(from: 5, through: 1, by: -1) {
            out = out.replacing("<h\(level)>", with: "<h\(level + 1)>").replacing("</h\(level)>", with: "</h\(level + 1)>")
        }
        return out
    }

    /// Whether a link target may stay a link: a web or mail address, or a place in the page.
    static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("#")
    }

    /// The note as escaped paragraphs (runs of lines between blank lines), without libcmark.
    static func plain(_ text: String) -> String {
        var paragraphs: [String] = [], current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.map { "<p>\(Render.escape($0))</p>" }.joined(separator: "\n")
    }
}
