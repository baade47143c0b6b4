import Glibc
import Language
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
        run(query, in: story, index: SearchIndex(story), color: color)
    }

    /// The search over `story` through `index` (built from it, and kept between searches).
    static func run(_ query: String, in story: Story, index: SearchIndex, color: Bool) -> String? {
        let terms = Array(Set(tokens(query).map { $0.text })).sorted()
        guard !terms.isEmpty else { return nil }
        let phrase = query.lowercased()
        let scores = index.scores(terms: terms, phrase: phrase) { SearchIndex.texts(of: $0, in: story) }

        var item = 0
        var sentenceHits: [(Int, Sentence)] = []
        for s in story.article.sentences {
            if scores[item] > 0 { sentenceHits.append((Int(scores[item]), s)) }
            item += 1
        }
        var statementHits: [(Int, String, String)] = []  // score, id (kind), description
        for f in story.facts.indices {
            if scores[item] > 0 {
                let f = story.facts[f]
                statementHits.append((Int(scores[item]), f.id, StoryDisplay.value(f) + (f.about.isEmpty ? "" : " — " + f.about)))
            }
            item += 1
        }
        for c in story.claims {
            if scores[item] > 0 { statementHits.append((Int(scores[item]), c.id + " (claim)", c.about)) }
            item += 1
        }
        for a in story.assumptions {
            if scores[item] > 0 { statementHits.append((Int(scores[item]), a.id + " (assumption)", StoryDisplay.value(a) + " — " + a.about)) }
            item += 1
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

/// Every item of a story, lower-cased once, for `:search` to score them all without a string
/// per item or per word.
///
/// The items are the article's sentences, then the facts, claims and assumptions, each read as
/// `score` reads it: its texts (a sentence; an id, description and quote) joined by spaces. An
/// item that is ASCII is kept lower-cased in one byte buffer, items separated by a line feed;
/// any other item (a curly apostrophe, say) is left to `score` itself. Built when first needed
/// and kept by the session (`StoryItems`), so a later search only reads it.
///
/// Scores come out as `score` gives them:
///
/// - `tokens` never runs a word across a space or line feed, so each item's words are found in
///   the buffer as in its own joined text;
/// - a word starts with a term's first byte at a word start; there the term's bytes are compared,
///   and as the term is itself a word of the query, where its bytes are, the word there has it
///   as a prefix (`hasPrefix` on ASCII Characters compares bytes); each word has one start, so it
///   counts once per term;
/// - the phrase is looked for in the item's lower-cased bytes when both are ASCII without a
///   carriage return (Characters are then bytes), and by `String.contains` otherwise;
/// - a query with a term that is not ASCII scores every item by `score`.
final class SearchIndex {
    /// The items' texts, lower-cased where ASCII, separated by spaces and line feeds (owned:
    /// freed with the index).
    private let text: UnsafeMutableBufferPointer<UInt8>
    /// Item `i` is `text[starts[i]..<ends[i]]`, in order; bytes between items belong to none.
    private let starts: [Int32]
    private let ends: [Int32]
    /// Whether item `i` is ASCII (searched here; the others are left to `score`).
    private let ascii: [Bool]

    /// The index of `story`'s items.
    init(_ story: Story) {
        let statements = story.facts.count + story.claims.count + story.assumptions.count
        let article = story.article
        var builder = Builder(items: article.sentences.count + statements, bytes: article.text.utf8.count + 96 * statements + 64)
        if article.length == article.text.utf8.count {
            // An ASCII article holds its sentences at their offsets, each between a space or a
            // line feed: it is copied whole, and the sentences are where the offsets say.
            let base = builder.count
            builder.put(article.text)
            for s in article.sentences { builder.item(base + s.start, base + s.end, ascii: true) }
            builder.separate()
        } else {
            for s in article.sentences {
                let start = builder.count
                builder.put(s.text)
                builder.item(start, builder.count)
                builder.separate()
            }
        }
        for i in story.facts.indices {
            builder.record(story.facts[i].id, story.facts[i].about, story.facts[i].quote?.exact ?? "")
        }
        for c in story.claims { builder.record(c.id, c.about, c.quote.exact) }
        for a in story.assumptions { builder.record(a.id, a.about) }
        (text, starts, ends, ascii) = builder.finish()
    }

    /// The index of items given by their texts (for tests).
    init(items: [[String]]) {
        var builder = Builder(items: items.count, bytes: 16)
        for parts in items {
            let start = builder.count
            for (k, part) in parts.enumerated() { builder.put(part, after: k == 0 ? nil : UInt8(ascii: " ")) }
            builder.item(start, builder.count)
            builder.separate()
        }
        (text, starts, ends, ascii) = builder.finish()
    }

    deinit {
        text.deallocate()
    }

    /// Collects the items' bytes into one buffer (grown when needed).
    private struct Builder {
        var bytes: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        var starts: [Int32] = [], ends: [Int32] = []
        var ascii: [Bool] = []

        init(items: Int, bytes: Int) {
            capacity = max(bytes, 16)
            self.bytes = .allocate(capacity: capacity)
            starts.reserveCapacity(items)
            ends.reserveCapacity(items)
            ascii.reserveCapacity(items)
        }

        /// Room for `n` more bytes.
        mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            let size = max(2 * capacity, count + n)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
            grown.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = grown
            capacity = size
        }

        /// Appends the line feed that ends an item.
        /// One item of the index: its id, then its other texts after a space each.
        mutating func record(_ id: borrowing String, _ about: borrowing String, _ quote: String? = nil) {
            let start = count
            put(id)
            put(about, after: UInt8(ascii: " "))
            if let quote { put(quote, after: UInt8(ascii: " ")) }
            item(start, count)
            separate()
        }

        mutating func separate() {
            reserve(1)
            bytes[count] = UInt8(ascii: "\n")
            count += 1
        }

        /// Appends `separator` (when given) and `s`'s bytes.
        mutating func put(_ s: borrowing String, after separator: UInt8? = nil) {
            let done = s.utf8.withContiguousStorageIfAvailable { source -> Bool in
                reserve(source.count + 1)
                if let separator { bytes[count] = separator; count += 1 }
                if let from = source.baseAddress, !source.isEmpty {
                    (bytes + count).update(from: from, count: source.count)
                    count += source.count
                }
                return true
            }
            if done == nil {
                let copied = copy s
                put(String(decoding: Array(copied.utf8), as: UTF8.self), after: separator)
            }
        }

        /// Records an item at `start..<end` of what was put (`ascii` when that is known).
        mutating func item(_ start: Int, _ end: Int, ascii known: Bool? = nil) {
            starts.append(Int32(start))
            ends.append(Int32(end))
            ascii.append(known ?? SearchIndex.isASCII(UnsafeBufferPointer(start: bytes + start, count: end - start)))
        }

        /// The buffer, lower-cased where ASCII, and the items.
        func finish() -> (UnsafeMutableBufferPointer<UInt8>, [Int32], [Int32], [Bool]) {
            let text = UnsafeMutableBufferPointer(start: bytes, count: count)
            SearchIndex.lowerCaseASCII(text)
            return (text, starts, ends, ascii)
        }
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if p[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Lower-cases the ASCII capitals of `bytes` in place, sixteen at a time, leaving every other
    /// byte as it is.
    static func lowerCaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let p = bytes.baseAddress else { return }
        var i = 0
        let a = SIMD16<UInt8>(repeating: UInt8(ascii: "A")), z = SIMD16<UInt8>(repeating: UInt8(ascii: "Z"))
        let lower = SIMD16<UInt8>(repeating: 0x20)
        while i + 16 <= bytes.count {
            let raw = UnsafeMutableRawPointer(p + i)
            let v = raw.loadUnaligned(as: SIMD16<UInt8>.self)
            raw.storeBytes(of: v.replacing(with: v | lower, where: (v .>= a) .& (v .<= z)), as: SIMD16<UInt8>.self)
            i += 16
        }
        while i < bytes.count {
            p[i] = Self.lower(p[i])
            i += 1
        }
    }

    /// The texts of item `item` of `story`, as `score` joins them.
    static func texts(of item: Int, in story: Story) -> [String] {
        var i = item
        if i < story.article.sentences.count { return [story.article.sentences[i].text] }
        i -= story.article.sentences.count
        if i < story.facts.count { return [story.facts[i].id, story.facts[i].about, story.facts[i].quote?.exact ?? ""] }
        i -= story.facts.count
        if i < story.claims.count { return [story.claims[i].id, story.claims[i].about, story.claims[i].quote.exact] }
        i -= story.claims.count
        return [story.assumptions[i].id, story.assumptions[i].about]
    }

    /// Every item's score, in item order; `texts(i)` gives item `i`'s texts for those scored
    /// the plain way.
    func scores(terms: [String], phrase: String, texts: (Int) -> [String]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: starts.count)
        let termBytes = terms.map { Array($0.utf8) }
        guard termBytes.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else {
            for i in scores.indices { scores[i] = Int32(StorySearch.score(texts(i).joined(separator: " "), terms, phrase)) }
            return scores
        }
        let buffer = UnsafeBufferPointer(text)
        if let p = buffer.baseAddress {
            var counts = [Int32](repeating: 0, count: starts.count)
            var touched: [Int] = []
            for term in termBytes {
                // Each place holding the term's first byte, in order: which item holds it (if
                // any: the article's title and byline are in the text) is found by walking the
                // items along.
                var item = 0, at = 0
                while let i = Self.find(term, in: buffer, from: at) {
                    at = i + 1
                    while item < ends.count && ends[item] <= Int32(i) { item += 1 }
                    guard item < ends.count, starts[item] <= Int32(i), ascii[item], Self.startsWord(p, i),
                          term.withUnsafeBufferPointer({ memcmp(p + i, $0.baseAddress!, term.count) == 0 }) else { continue }
                    if counts[item] == 0 { touched.append(item) }
                    counts[item] += 1
                }
                for item in touched {
                    scores[item] += 10 + (counts[item] - 1)
                    counts[item] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            let needle = Array(phrase.utf8)
            let plainPhrase = needle.allSatisfy { $0 < 0x80 && $0 != 0x0D }
            for i in scores.indices where ascii[i] && scores[i] > 0 && terms.count > 1 {
                let found: Bool
                let item = UnsafeBufferPointer(rebasing: buffer[Int(starts[i])..<Int(ends[i])])
                if plainPhrase && !item.contains(0x0D) {
                    found = Self.contains(item, needle)
                } else {
                    found = texts(i).joined(separator: " ").lowercased().contains(phrase)
                }
                if found { scores[i] += 20 }
            }
        }
        // Items that are not ASCII, the plain way.
        for i in scores.indices where !ascii[i] {
            scores[i] = Int32(StorySearch.score(texts(i).joined(separator: " "), terms, phrase))
        }
        return scores
    }

    /// The first place from `start` where `term`'s first two bytes are (its only byte, for a term
    /// of one), with room for the whole term: sixteen places at a time, comparing the bytes there
    /// with the first byte and the bytes one further on with the second.
    static func find(_ term: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let p = buffer.baseAddress else { return nil }
        let end = buffer.count - term.count + 1  // where the term can start
        guard start < end else { return nil }
        if term.count == 1 {
            guard let found = memchr(p + start, Int32(term[0]), end - start) else { return nil }
            return p.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        let first = SIMD16<UInt8>(repeating: term[0]), second = SIMD16<UInt8>(repeating: term[1])
        var i = start
        while i + 17 <= buffer.count && i + 16 <= end {
            let a = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let b = UnsafeRawPointer(p + i + 1).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = (a .== first) .& (b .== second)
            if any(hits) {
                for k in 0..<16 where hits[k] { return i + k }
            }
            i += 16
        }
        while i < end {
            if p[i] == term[0] && p[i + 1] == term[1] { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `hay`.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= hay.count, let p = hay.baseAddress else { return false }
        return needle.withUnsafeBytes { glibcMemmem(p, hay.count, $0.baseAddress!, $0.count) } != nil
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
}

/// glibc's `memmem` (a GNU extension the Glibc module does not declare): the first place `needle`
/// occurs in `haystack`.
@_silgen_name("memmem")
private func glibcMemmem(_ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer, _ needleLength: Int) -> UnsafeMutableRawPointer?
