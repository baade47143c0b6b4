/// The paragraphs of a text as the story format numbers them: one line per paragraph; a first
/// line that reads as a headline (a Markdown `#` heading, or no closing punctuation) is paragraph 0,
/// and later Markdown headings and a closing `By …` byline are no paragraph at all.
enum TextLayout {
    /// A paragraph's code point range and number (0 for the headline).
    struct Paragraph {
        var range: Range<Int>
        var number: Int
    }

    static func paragraphs(_ scalars: [Unicode.Scalar]) -> [Paragraph] {
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var range = start..<i
            // Leading and trailing blanks are no part of a paragraph.
            while !range.isEmpty, Tokenizer.isSpace(scalars[range.lowerBound]) { range = range.dropFirst() }
            while !range.isEmpty, Tokenizer.isSpace(scalars[range.upperBound - 1]) { range = range.dropLast() }
            if !range.isEmpty { lines.append(range) }
            start = i + 1
        }
        var paragraphs: [Paragraph] = []
        var number = 0
        for (index, line) in lines.enumerated() {
            let heading = scalars[line.lowerBound] == "#"
            if index == 0 && lines.count > 1 && (heading || !endsLikeSentence(scalars, line)) {
                paragraphs.append(Paragraph(range: line, number: 0))
                continue
            }
            if heading { continue }
            if index == lines.count - 1 && index > 0 && isByline(scalars, line) { continue }
            number += 1
            paragraphs.append(Paragraph(range: line, number: number))
        }
        return paragraphs
    }

    private static func endsLikeSentence(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var i = line.upperBound - 1
        // Closing quotes and brackets may follow the full stop.
        while i > line.lowerBound, "\"”’')]".unicodeScalars.contains(scalars[i]) { i -= 1 }
        return ".!?…:".unicodeScalars.contains(scalars[i])
    }

    private static func isByline(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count < 80, line.count > 3 else { return false }
        let head = String(String.UnicodeScalarView(scalars[line.lowerBound..<line.lowerBound + 3]))
        return head == "By " && !endsLikeSentence(scalars, line)
    }
}

/// Splits a paragraph's tokens into sentences. A full stop ends a sentence unless it closes an
/// abbreviation (`Rep.`, `Jan.`), a dotted acronym (`U.S.`) or an initial (`J.`); decimals and
/// names like `Caliber.Az` have no space after the dot and never end one.
struct SentenceSplitter {
    let lexicon: Lexicon

    /// The token ranges of the sentences, in order.
    func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .mark, t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "…" else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, !tokens[end].spaceBefore, "\"”’')]".contains(tokens[end].lower) { end += 1 }
            let next = end < tokens.count ? tokens[end] : nil
            if let next {
                let opensSentence = next.spaceBefore && (next.capitalized || next.kind == .number || "“\"‘'(".contains(next.lower))
                if !opensSentence || (t.lower == "." && isAbbreviation(tokens, before: i)) { i += 1; continue }
            }
            result.append(start..<end)
            start = end
            i = end
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// Whether the full stop at `index` closes an abbreviation, a dotted acronym or an initial.
    func isAbbreviation(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, !tokens[index].spaceBefore else { return false }
        let word = tokens[index - 1]
        // U.S. / e.g.: letters and dots with no space between them.
        var dotted = word.lower
        var j = index - 2
        while j >= 1, tokens[j].lower == ".", !tokens[j].spaceBefore, tokens[j - 1].kind == .word, !tokens[j + 1].spaceBefore {
            dotted = tokens[j - 1].lower + "." + dotted
            j -= 2
        }
        if dotted.contains(".") { return true }
        if word.capitalized && word.lower.unicodeScalars.count == 1 { return true }
        return lexicon.abbreviations.contains(word.lower)
    }
}
