/// An article's text laid out as a story file holds it (docs/drafting.md, "What the article may
/// look like"): the headline, then one paragraph per line, joined by line feeds.
///
/// A story's article text has no blank lines, no carriage returns and no spaces at a line's ends,
/// so a plain text is mapped to it line for line: CRLF and CR line ends become line feeds, blank
/// lines (between paragraphs, before the headline, after the end) are dropped, each line loses the
/// blanks at its ends, and a Markdown heading's `#` marker is dropped from the headline. Every
/// other character is kept where it was.
///
///     "# Prices rise\r\n\r\n  Prices rose 5%.\r\n\r\n"  →  "Prices rise\nPrices rose 5%."
struct ArticleText {
    /// The headline, without a Markdown heading marker.
    var title: String
    /// The lines after the headline, each without blanks at its ends; none is empty.
    var lines: [String]

    /// The text as the story format builds it: the headline and the lines joined by line feeds.
    var text: String { ([title] + lines).joined(separator: "\n") }

    /// The layout of `input`, or why a story file cannot hold it.
    static func read(_ input: String) -> Result<ArticleText, StoryDrafter.Refusal> {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var number = 1, column = 0
        var afterCR = false
        for scalar in input.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                // CRLF is one line end; a CR alone ends a line too.
                if !(scalar == "\n" && afterCR) {
                    lines.append(trimmed(line))
                    line = String.UnicodeScalarView()
                    number += 1
                    column = 0
                }
                afterCR = scalar == "\r"
                continue
            }
            afterCR = false
            column += 1
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return .failure(.init(message: "line \(number), character \(column) is the control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex): a story file holds plain text only"))
            }
            line.append(scalar)
        }
        lines.append(trimmed(line))
        lines.removeAll { $0.isEmpty }
        guard let first = lines.first, lines.count >= 2 else {
            return .failure(.init(message: "the text needs a headline line and at least one paragraph line (it has \(lines.count) line\(lines.count == 1 ? "" : "s") that \(lines.count == 1 ? "is" : "are") not blank)"))
        }
        return .success(ArticleText(title: headline(first), lines: Array(lines.dropFirst())))
    }

    /// `# Title`, `## Title ##` → `Title`; any other line as it is.
    static func headline(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let hashes = scalars.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), hashes < scalars.count, scalars[hashes] == " " || scalars[hashes] == "\t" else { return line }
        var body = Array(scalars[hashes...])
        // A closing run of `#` preceded by a blank is no part of the heading (CommonMark).
        let closing = body.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < body.count, isBlank(body[body.count - closing - 1]) { body.removeLast(closing) }
        let text = trimmed(String.UnicodeScalarView(body))
        return text.isEmpty ? line : text
    }

    /// Blanks as the extractor's tokenizer reads them: ASCII spaces and tabs, and Unicode white space.
    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || (c.value >= 128 && c.properties.isWhitespace)
    }

    /// A character a story file refuses (its reader keeps terminal escapes out): C0 controls but
    /// the tab, DEL and the C1 controls.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t") || (0x7F...0x9F).contains(c.value)
    }

    private static func trimmed(_ line: String.UnicodeScalarView) -> String {
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(line[first...last])
    }
}
