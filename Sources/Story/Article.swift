/// The article's text exactly as published, split into numbered paragraphs and sentences.
///
/// The text, as offsets count it, is the title line, then one line per paragraph (its sentences
/// joined by one space), then the byline line when there is one, joined by line feeds with no
/// final line feed. Offsets count Unicode scalars (code points) from 0, end excluded, as the W3C
/// Web Annotation `TextPositionSelector` does.
public struct Article: Sendable {
    /// The headline (the text's first line).
    public let title: String
    /// The body, in order.
    public let paragraphs: [Paragraph]
    /// The closing byline ("By Vafa Guliyeva"), when the text has one.
    public let byline: String?
    /// The whole text.
    public let text: String
    /// The text's scalars, for slicing by offset.
    let scalars: [Unicode.Scalar]
    /// Every sentence, in order.
    public let sentences: [Sentence]

    /// Builds the article and numbers its sentences; `paragraphs` holds each paragraph's sentences.
    public init(title: String, paragraphs sentenceTexts: [[String]], byline: String?) {
        // Built as one string (cheap) while counting scalars for the offsets.
        var text = title
        var offset = title.unicodeScalars.count
        var paragraphs: [Paragraph] = []
        for (p, sentences) in sentenceTexts.enumerated() {
            text += "\n"
            offset += 1
            var built: [Sentence] = []
            for (s, sentence) in sentences.enumerated() {
                if s > 0 { text += " "; offset += 1 }
                let start = offset
                text += sentence
                offset += sentence.unicodeScalars.count
                built.append(Sentence(paragraph: p + 1, number: s + 1, text: sentence, start: start, end: offset))
            }
            paragraphs.append(Paragraph(number: p + 1, sentences: built))
        }
        if let byline { text += "\n" + byline }
        self.title = title
        self.paragraphs = paragraphs
        self.byline = byline
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.sentences = paragraphs.flatMap(\.sentences)
    }

    /// The number of scalars in the text.
    public var length: Int { scalars.count }

    /// The text between scalar offsets `start` and `end` (end excluded), clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[lo..<hi])
        return out
    }

    /// The sentence holding scalar offset `offset`, if any (the title and byline hold none).
    public func sentence(at offset: Int) -> Sentence? {
        // Sentences are in text order and do not overlap: binary search for the last one starting
        // at or before `offset` (a story of 10,000 facts asks once per quote).
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, offset < sentences[lo - 1].end else { return nil }
        return sentences[lo - 1]
    }

    /// Whether the text between scalar offsets `start` and `end` is `text`, scalar for scalar
    /// (without building the slice).
    public func reads(_ text: String, from start: Int, to end: Int) -> Bool {
        guard start >= 0, start <= end, end <= scalars.count else { return false }
        return text.unicodeScalars.elementsEqual(scalars[start..<end])
    }

    /// The sentence with id `id` ("4.2").
    public func sentence(id: String) -> Sentence? {
        sentences.first { $0.id == id }
    }

    /// Every scalar offset where `needle` starts in the text (Knuth–Morris–Pratt: linear even for
    /// a long, repetitive quote in a long text).
    public func occurrences(of needle: String) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= scalars.count else { return [] }
        var fallback = [Int](repeating: 0, count: n.count)
        var k = 0
        for i in 1..<n.count {
            while k > 0 && n[i] != n[k] { k = fallback[k - 1] }
            if n[i] == n[k] { k += 1 }
            fallback[i] = k
        }
        var found: [Int] = []
        k = 0
        for (i, c) in scalars.enumerated() {
            while k > 0 && c != n[k] { k = fallback[k - 1] }
            if c == n[k] { k += 1 }
            if k == n.count {
                found.append(i - n.count + 1)
                k = fallback[k - 1]
            }
        }
        return found
    }
}

/// A paragraph of the article body.
public struct Paragraph: Sendable {
    /// Its 1-based number.
    public var number: Int
    /// Its sentences, in order.
    public var sentences: [Sentence]
}

/// One sentence of the article, with its place in the text.
public struct Sentence: Sendable, Equatable {
    /// The 1-based number of its paragraph.
    public var paragraph: Int
    /// Its 1-based number within the paragraph.
    public var number: Int
    /// Its text.
    public var text: String
    /// Its first scalar offset in the article text.
    public var start: Int
    /// One past its last scalar offset.
    public var end: Int

    /// Its stable id: paragraph and sentence number ("4.2").
    public var id: String { "\(paragraph).\(number)" }
}
