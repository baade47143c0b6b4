import Glibc
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
        var scorer = Scorer(terms: terms, phrase: phrase)

        var sentenceHits: [(Int, Sentence)] = []
        for s in story.article.sentences {
            let score = scorer.score(s.text)
            if score > 0 { sentenceHits.append((score, s)) }
        }
        var statementHits: [(Int, String, String)] = []  // score, id (kind), description
        // The facts' texts are read in place (a fact is large; only one that matches is copied).
        for i in story.facts.indices {
            let score = scorer.score(story.facts[i].id, story.facts[i].about, story.facts[i].quote?.exact ?? "")
            if score > 0 {
                let f = story.facts[i]
                statementHits.append((score, f.id, StoryDisplay.value(f) + (f.about.isEmpty ? "" : " — " + f.about)))
            }
        }
        for c in story.claims {
            let score = scorer.score(c.id, c.about, c.quote.exact)
            if score > 0 { statementHits.append((score, c.id + " (claim)", c.about)) }
        }
        for a in story.assumptions {
            let score = scorer.score(a.id, a.about)
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

    /// How well `text` matches: what `Scorer` computes, the plain way (it stands as the reference
    /// the tests compare `Scorer` with, and as its way for terms that are not ASCII).
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

extension StorySearch {
    /// `score` for every item of a story, without a string per word or per item: an item's
    /// texts (its id, description and quote, joined by spaces for `score`) are read as bytes,
    /// lower-cased on the fly and split into the same words `tokens` gives, each word compared
    /// with the terms byte by byte. The same words and the same comparisons give the same scores:
    ///
    /// - words never run across the space joining an item's texts, so each text is split alone;
    /// - for ASCII words and terms, `==` and `hasPrefix` (on Characters) compare the bytes;
    /// - a text that is not ASCII is split on its lower-cased scalars, as `unicodeTokens` does,
    ///   and its non-ASCII words are compared as strings;
    /// - a term that is not ASCII sends every item the plain way, as does the phrase bonus when
    ///   the phrase or an item's text is not plain ASCII.
    struct Scorer {
        let terms: [String]
        let phrase: String
        /// The terms' bytes, when every term is ASCII.
        private let asciiTerms: [[UInt8]]?
        /// Bit `b % 64` is set when some term starts with byte `b`: most words start no term.
        private let firstBytes: UInt64
        /// The phrase's bytes, when it is ASCII without a carriage return.
        private let asciiPhrase: [UInt8]?
        /// How many times each term matched in the item being scored.
        private var counts: [Int]
        /// The item being scored is all ASCII (and has no carriage return) so far.
        private var plain = true

        init(terms: [String], phrase: String) {
            self.terms = terms
            self.phrase = phrase
            let bytes = terms.map { Array($0.utf8) }
            asciiTerms = bytes.allSatisfy { $0.allSatisfy { $0 < 0x80 } } ? bytes : nil
            firstBytes = bytes.reduce(0) { $0 | ($1.first.map { 1 << UInt64($0 & 63) } ?? 0) }
            let p = Array(phrase.utf8)
            asciiPhrase = p.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? p : nil
            counts = Array(repeating: 0, count: terms.count)
        }

        /// The score of an item whose texts are `a`, `b` and `c` (joined by spaces, as `score`
        /// reads them).
        mutating func score(_ a: String, _ b: String? = nil, _ c: String? = nil) -> Int {
            let parts = { [a, b, c].compactMap { $0 } }
            guard asciiTerms != nil else { return StorySearch.score(parts().joined(separator: " "), terms, phrase) }
            for i in counts.indices { counts[i] = 0 }
            plain = true
            count(a)
            if let b { count(b) }
            if let c { count(c) }
            var score = 0
            for n in counts where n > 0 { score += 10 + (n - 1) }
            if score > 0, terms.count > 1, containsPhrase(parts()) { score += 20 }
            return score
        }

        /// Whether the lower-cased joined texts contain the phrase (what `score` asks).
        private func containsPhrase(_ parts: [String]) -> Bool {
            let text = parts.joined(separator: " ")
            guard plain, let needle = asciiPhrase else { return text.lowercased().contains(phrase) }
            // ASCII without a CR on both sides: Characters are bytes, and a match is a byte match
            let hay = text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
            guard !needle.isEmpty else { return true }
            guard needle.count <= hay.count else { return false }
            for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            return false
        }

        /// Adds the matches of `text`'s words to `counts`.
        private mutating func count(_ text: String) {
            let done = text.utf8.withContiguousStorageIfAvailable { countASCII($0) } ?? Array(text.utf8).withUnsafeBufferPointer { countASCII($0) }
            if !done { countUnicode(text) }
        }

        /// Counts the matches in ASCII `bytes`; false (counting nothing) when they are not ASCII.
        ///
        /// A word starts with a term's first letter (in either case) where a word starts: so for
        /// each term the places holding that letter are found (eight bytes at a time), and at each
        /// that begins a word the term's bytes are compared. The term is itself a word of the
        /// query, so where its bytes are, the word there has it as a prefix; and each word has
        /// one beginning, so it is counted once per term, as `score` counts it.
        private mutating func countASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let p = bytes.baseAddress, let asciiTerms else { return true }
            let end = bytes.count
            // ASCII? Eight bytes at a time; a carriage return makes the phrase be looked for the plain way.
            var i = 0
            while i + 8 <= end {
                if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < end {
                if p[i] >= 0x80 { return false }
                i += 1
            }
            if memchr(p, 0x0D, end) != nil { plain = false }
            for t in asciiTerms.indices {
                asciiTerms[t].withUnsafeBufferPointer { term in
                    let first = term[0], other = first &- UInt8(ascii: "a") < 26 ? first - 32 : first
                    var at = 0
                    while let found = Self.find(first, other, in: p, from: at, to: end) {
                        at = found + 1
                        guard Self.startsWord(p, found), found + term.count <= end else { continue }
                        var k = 1
                        while k < term.count && Self.lower(p[found + k]) == term[k] { k += 1 }
                        if k == term.count { counts[t] += 1 }
                    }
                }
            }
            return true
        }

        /// The first place from `start` holding `a` or `b` (ASCII bytes).
        @inline(__always)
        static func find(_ a: UInt8, _ b: UInt8, in p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
            var i = start
            let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
            let aa = UInt64(a) &* 0x0101_0101_0101_0101, bb = UInt64(b) &* 0x0101_0101_0101_0101
            while i + 8 <= end {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                // bit 7 of each byte equal to a or b: an exact zero test of w ^ a and of w ^ b
                let x = w ^ aa, y = w ^ bb
                let hits = ~((((x & lows) &+ lows) | x) & (((y & lows) &+ lows) | y)) & highs
                if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                i += 8
            }
            while i < end {
                if p[i] == a || p[i] == b { return i }
                i += 1
            }
            return nil
        }

        /// Whether a word of `tokens` starts at `i`: the byte there is a word byte, and the one
        /// before is no word byte, nor a `,` or `.` joining two digits.
        @inline(__always)
        static func startsWord(_ p: UnsafePointer<UInt8>, _ i: Int) -> Bool {
            guard isWord(p[i]) else { return false }
            guard i > 0 else { return true }
            let before = p[i - 1]
            if isWord(before) { return false }
            if (before == UInt8(ascii: ",") || before == UInt8(ascii: ".")) && i >= 2 && isDigit(p[i - 2]) && isDigit(p[i]) { return false }
            return true
        }

        @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- UInt8(ascii: "A") < 26 ? b | 0x20 : b }
        @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }
        @inline(__always) static func isWord(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 || isDigit(b) }

        /// Counts the matches in a text that is not ASCII: split on its lower-cased scalars as
        /// `unicodeTokens` does; an ASCII word is compared by bytes, any other as a string.
        private mutating func countUnicode(_ text: String) {
            plain = false
            for word in StorySearch.unicodeTokens(text).map(\.text) {
                for (t, term) in terms.enumerated() where word == term || word.hasPrefix(term) { counts[t] += 1 }
            }
        }
    }
}
