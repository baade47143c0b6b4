import Story

/// `:search TEXT`: the article's sentences and the story's facts and claims ranked by how well
/// they match the words of TEXT.
///
/// Scoring is deliberately simple: a word of the text matches a query term when it equals the
/// term or starts with it ("satellite" finds "satellites"). Each distinct term matched is worth
/// 10, each further occurrence 1, and the whole query found as a phrase another 20. Ties keep
/// the story's order.
enum StorySearch {
    /// The search's result text; nil when nothing matches.
    static func run(_ query: String, in story: Story, color: Bool) -> String? {
        let terms = Array(Set(tokens(query).map { $0.text })).sorted()
        guard !terms.isEmpty else { return nil }
        let phrase = query.lowercased()

        var sentenceHits: [(Int, Sentence)] = []
        for s in story.article.sentences {
            let score = score(s.text, terms, phrase)
            if score > 0 { sentenceHits.append((score, s)) }
        }
        var statementHits: [(Int, String, String)] = []  // score, id (kind), description
        for f in story.facts {
            let text = [f.id, f.about, f.quote?.exact ?? ""].joined(separator: " ")
            let score = score(text, terms, phrase)
            if score > 0 { statementHits.append((score, f.id, StoryDisplay.value(f) + (f.about.isEmpty ? "" : " — " + f.about))) }
        }
        for c in story.claims {
            let score = score([c.id, c.about, c.quote.exact].joined(separator: " "), terms, phrase)
            if score > 0 { statementHits.append((score, c.id + " (claim)", c.about)) }
        }
        for a in story.assumptions {
            let score = score([a.id, a.about].joined(separator: " "), terms, phrase)
            if score > 0 { statementHits.append((score, a.id + " (assumption)", StoryDisplay.value(a) + " — " + a.about)) }
        }
        guard !sentenceHits.isEmpty || !statementHits.isEmpty else { return nil }
        // sorted is not stable: break ties by the original order explicitly
        let sentences = sentenceHits.enumerated().sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map(\.element.1)
        let statements = statementHits.enumerated().sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map(\.element)

        var lines: [String] = []
        if !sentences.isEmpty {
            lines.append("Sentences (best first):")
            // Ids like "4.2" take the usual 7 columns; longer ones ("10000.1") widen the column.
            let width = max(7, (sentences.map { $0.id.unicodeScalars.count }.max() ?? 0) + 4)
            let indent = String(repeating: " ", count: width)
            for s in sentences {
                let wrapped = StoryDisplay.wrap(s.text, indent: indent, firstIndent: StoryDisplay.pad("  " + s.id, width))
                lines += wrapped.map { highlight($0, terms, color) }
            }
        }
        if !statements.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Facts, claims and assumptions:")
            let rows = statements.map { ["  " + $0.1, highlight($0.2, terms, color)] }
            lines += StoryDisplay.table(rows)
        }
        return lines.joined(separator: "\n")
    }

    /// A word of a text and where it starts (in scalars).
    struct Token {
        var text: String
        var start: Int
        var end: Int
    }

    /// The lower-case words of `text`: runs of letters and digits, with `,` or `.` kept between digits ("2,000").
    static func tokens(_ text: String) -> [Token] {
        asciiTokens(text) ?? unicodeTokens(text)
    }

    /// `tokens` by Unicode properties, for any text.
    static func unicodeTokens(_ text: String) -> [Token] {
        let scalars = Array(text.lowercased().unicodeScalars)
        var out: [Token] = []
        var i = 0
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            while i < scalars.count {
                if isWordScalar(scalars[i]) { i += 1; continue }
                if (scalars[i] == "," || scalars[i] == "."), i > start, i + 1 < scalars.count, isDigit(scalars[i - 1]), isDigit(scalars[i + 1]) { i += 1; continue }
                break
            }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[start..<i])
            out.append(Token(text: word, start: start, end: i))
        }
        return out
    }

    /// `tokens` of ASCII text (most story text), on bytes: for ASCII, the letters are A–Z and a–z
    /// and the digits 0–9 are the only numeric scalars, so these are the same words, found without
    /// a Unicode property lookup per scalar (a search of a 10,000-fact story reads every item).
    /// Nil when the text is not ASCII.
    static func asciiTokens(_ text: String) -> [Token]? {
        var bytes = Array(text.utf8)
        for i in bytes.indices {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { bytes[i] = b + 32 }
        }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func isWord(_ b: UInt8) -> Bool { (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || isDigit(b) }
        var out: [Token] = []
        var i = 0
        while i < bytes.count {
            guard isWord(bytes[i]) else { i += 1; continue }
            let start = i
            while i < bytes.count {
                if isWord(bytes[i]) { i += 1; continue }
                if bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "."), i > start, i + 1 < bytes.count, isDigit(bytes[i - 1]), isDigit(bytes[i + 1]) { i += 1; continue }
                break
            }
            out.append(Token(text: String(decoding: bytes[start..<i], as: UTF8.self), start: start, end: i))
        }
        return out
    }

    static func matches(_ word: String, _ terms: [String]) -> Bool {
        terms.contains { word == $0 || word.hasPrefix($0) }
    }

    static func score(_ text: String, _ terms: [String], _ phrase: String) -> Int {
        let words = tokens(text).map(\.text)
        var score = 0
        for term in terms {
            let n = words.filter { $0 == term || $0.hasPrefix(term) }.count
            if n > 0 { score += 10 + (n - 1) }
        }
        if score > 0, terms.count > 1, text.lowercased().contains(phrase) { score += 20 }
        return score
    }

    /// `line` with each matching word in bold when `color`.
    static func highlight(_ line: String, _ terms: [String], _ color: Bool) -> String {
        guard color else { return line }
        let scalars = Array(line.unicodeScalars)
        var out = ""
        var at = 0
        // Lower-casing keeps scalar positions for the text the story holds (Latin letters, quotes,
        // digits); should a scalar lower-case to several, the match is still found, merely unbolded.
        let lower = Array(line.lowercased().unicodeScalars)
        guard lower.count == scalars.count else { return line }
        for token in tokens(line) where matches(token.text, terms) {
            out.unicodeScalars.append(contentsOf: scalars[at..<token.start])
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
            out += StoryDisplay.bold(word, true)
            at = token.end
        }
        out.unicodeScalars.append(contentsOf: scalars[at...])
        return out
    }
}
