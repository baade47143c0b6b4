import Language
import Quantity
import Story

/// How story commands print values, hedges, sources and article text. Plain text; bold (ANSI) only
/// where a caller asks for it.
enum StoryDisplay {
    /// The widest line the story commands print, in characters.
    static let width = 96

    /// A fact's amount without its unit: "2,000", "600,000 to 700,000", "over 200,000,000", "thousands".
    static func amount(_ value: FactValue) -> String {
        switch value {
        case .point(let x): NumberFormat.grouped(x)
        case .range(let lo, let hi): NumberFormat.grouped(lo) + " to " + NumberFormat.grouped(hi)
        case .lowerBound(let x, let strict): (strict ? "over " : "at least ") + NumberFormat.grouped(x)
        case .upperBound(let x, let strict): (strict ? "under " : "at most ") + NumberFormat.grouped(x)
        case .vague(let words): words
        }
    }

    /// The amount with its unit: "2,000 USD/month", "10,000", "thousands (vague: no number given)".
    static func value(_ fact: Fact) -> String {
        if case .vague = fact.value { return amount(fact.value) + " (vague: no number given)" }
        return fact.unit.isEmpty ? amount(fact.value) : amount(fact.value) + " " + fact.unit
    }

    /// The qualifier and the hedge words not already in it: "around; reportedly".
    static func qualifiers(_ fact: Fact) -> String {
        var words: [String] = []
        if let q = fact.qualifier { words.append(q) }
        for h in fact.hedges where !words.contains(h.word) { words.append(h.word) }
        if words.isEmpty, case .range = fact.value { return "range" }
        return words.joined(separator: "; ")
    }

    /// "reportedly (reportative), around (approximator)".
    static func hedges(_ hedges: [Hedge]) -> String {
        hedges.map { "\($0.word) (\($0.kind.rawValue))" }.joined(separator: ", ")
    }

    /// "said by: Wi Sung-lac, former South Korean ambassador to Russia — via Korean media — via Caliber.Az".
    static func chain(_ story: Story, from id: String, attribution: Attribution) -> String {
        let links = story.chain(from: id)
        guard let first = links.first else { return "source: \(id)" }
        let head: String
        switch attribution {
        case .stated: head = "said by: "
        case .implied: head = "said by (implied by the sentences around it): "
        case .unattributed: head = "stated by: "
        }
        var text = head + first.described
        if attribution == .unattributed { text += " (the article names no source)" }
        for link in links.dropFirst() { text += " — via " + link.name }
        return text
    }

    /// The name of a statement's immediate source, for tables.
    static func sourceName(_ story: Story, _ id: String) -> String {
        story.source(id)?.name ?? id
    }

    /// `text` broken into lines of at most `width` characters (counted as scalars), each after the
    /// first starting with `indent`; a word longer than a line is not split.
    static func wrap(_ text: String, indent: String, firstIndent: String? = nil, width: Int = width) -> [String] {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineLength = line.unicodeScalars.count
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let n = word.unicodeScalars.count
            if !empty && lineLength + 1 + n > width {
                lines.append(line)
                line = indent
                lineLength = indent.unicodeScalars.count
                empty = true
            }
            if !empty { line += " "; lineLength += 1 }
            line += word
            lineLength += n
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// `text` padded with spaces to `width` characters (scalars).
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
    }

    /// Rows as columns separated by two spaces, each as wide as its widest cell; trailing spaces trimmed.
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.unicodeScalars.count) }
        }
        return rows.map { row in
            var line = ""
            for (i, cell) in row.enumerated() { line += i == row.count - 1 ? cell : pad(cell, widths[i]) + "  " }
            return trimTrailingSpaces(line)
        }
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        while scalars.last == " " { scalars.removeLast() }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// `text` in ANSI bold when `on`.
    static func bold(_ text: String, _ on: Bool) -> String {
        on ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    /// A quote's place as a reader finds it: "paragraph 4, sentence 2, characters 12 to 54"
    /// (counted from 1 at the sentence's start; the stored anchor stays in code points).
    static func position(_ q: Quote, in story: Story) -> String {
        guard let s = story.article.sentence(at: q.start) else {
            return "paragraph \(q.paragraph), sentence \(q.sentence)"
        }
        return "paragraph \(q.paragraph), sentence \(q.sentence), characters \(q.start - s.start + 1) to \(q.end - s.start)"
    }

    /// The sentence holding a quote, wrapped and indented, with the quoted part bold when `color`.
    static func context(_ story: Story, _ q: Quote, color: Bool) -> [String] {
        guard let sentence = story.article.sentence(at: q.start) else { return [] }
        let lines = wrap(sentence.text, indent: "    ")
        guard color else { return lines }
        // Mark the quote by scalar offsets within the sentence, across the wrapped lines.
        let from = q.start - sentence.start, to = min(q.end, sentence.end) - sentence.start
        var out: [String] = []
        var offset = 0  // offset in the sentence of the current line's first word
        for line in lines {
            let body = Array(line.unicodeScalars.dropFirst(4))
            var text = "    "
            for (i, c) in body.enumerated() {
                let at = offset + i
                if at == from || (i == 0 && at > from && at < to) { text += "\u{1B}[1m" }
                text.unicodeScalars.append(c)
                if at + 1 == to || (i == body.count - 1 && at + 1 > from && at + 1 < to) { text += "\u{1B}[0m" }
            }
            out.append(text)
            offset += body.count + 1
        }
        return out
    }
}
