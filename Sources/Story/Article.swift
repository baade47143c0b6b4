import Glibc

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
    /// The text's scalars, for slicing by offset; empty when the text is ASCII, whose scalar
    /// offsets are its byte offsets (most articles in English: the bytes are then used as they are).
    let scalars: [Unicode.Scalar]
    /// Whether every scalar of the text is ASCII.
    let isASCII: Bool
    /// Every sentence, in order.
    public let sentences: [Sentence]

    /// Builds the article and numbers its sentences; `paragraphs` holds each paragraph's sentences.
    public init(title: String, paragraphs: [[String]], byline: String?) {
        var starts: [Int] = [], count = 0
        for p in paragraphs {
            starts.append(count)
            count += p.count
        }
        self.init(title: title, sentences: paragraphs.flatMap { $0 }, paragraphStarts: starts, byline: byline, ascii: false)
    }

    /// Builds the article from its sentences in order, `paragraphStarts` saying where in
    /// `sentences` each paragraph starts (ascending, the first 0 when there are any). `ascii`
    /// says all the texts are known to be ASCII (their scalars are then not counted).
    init(title: String, sentences sentenceTexts: [String], paragraphStarts: [Int], byline: String?, ascii: Bool) {
        var bytes = title.utf8.count + (byline.map { $0.utf8.count + 1 } ?? 0)
        for sentence in sentenceTexts { bytes += sentence.utf8.count + 1 }
        var paragraphs: [Paragraph] = []
        var all: [Sentence] = []
        var length = 0  // in scalars
        // The text is written into its string's storage in one pass, counting scalars for the
        // offsets as the bytes are copied. (The work is done in locals of the closure, not in
        // the variables it captures, which would be checked for exclusive access each time.)
        let text = String(unsafeUninitializedCapacity: max(bytes, 1)) { buffer -> Int in
            var builder = TextBuilder(buffer: buffer, ascii: ascii)
            var built: [Sentence] = [], grouped: [Paragraph] = []
            built.reserveCapacity(sentenceTexts.count)
            grouped.reserveCapacity(paragraphStarts.count)
            builder.put(title)
            for (p, first) in paragraphStarts.enumerated() {
                let end = p + 1 < paragraphStarts.count ? paragraphStarts[p + 1] : sentenceTexts.count
                builder.put(UInt8(ascii: "\n"))
                for s in first..<end {
                    let sentence = sentenceTexts[s]
                    if s > first { builder.put(UInt8(ascii: " ")) }
                    let start = builder.scalars
                    builder.put(sentence)
                    built.append(Sentence(paragraph: p + 1, number: s - first + 1, text: sentence, start: start, end: builder.scalars))
                }
                grouped.append(Paragraph(number: p + 1, sentences: Array(built[(built.count - (end - first))...])))
            }
            if let byline {
                builder.put(UInt8(ascii: "\n"))
                builder.put(byline)
            }
            (all, paragraphs, length) = (built, grouped, builder.scalars)
            return builder.bytes
        }
        self.title = title
        self.paragraphs = paragraphs
        self.byline = byline
        self.text = text
        self.isASCII = length == text.utf8.count
        self.scalars = isASCII ? [] : Array(text.unicodeScalars)
        self.sentences = all
    }

    /// Writes the article's text into a string's storage, counting bytes and scalars.
    private struct TextBuilder {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        /// The texts are ASCII: one scalar a byte.
        let ascii: Bool
        var bytes = 0
        var scalars = 0

        mutating func put(_ byte: UInt8) {
            buffer[bytes] = byte
            bytes += 1
            scalars += 1
        }

        mutating func put(_ s: String) {
            let done = s.utf8.withContiguousStorageIfAvailable { source -> Bool in
                guard let from = source.baseAddress, source.count > 0 else { return true }
                (buffer.baseAddress! + bytes).update(from: from, count: source.count)
                bytes += source.count
                scalars += ascii ? source.count : Article.scalarCount(source)
                return true
            }
            if done == nil {
                for b in s.utf8 {
                    buffer[bytes] = b
                    bytes += 1
                    if b & 0xC0 != 0x80 { scalars += 1 }
                }
            }
        }
    }

    /// The number of scalars in `text`: its bytes that do not continue a UTF-8 sequence
    /// (10xxxxxx), counted eight at a time.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { scalarCount($0) } ?? text.unicodeScalars.count
    }

    /// The number of scalars in the UTF-8 `bytes`.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0, i = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // bit 7 of each byte that is 10xxxxxx: bit 7 set and bit 6 clear
            continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return bytes.count - continuations
    }

    /// Runs `body` over the text's UTF-8 bytes.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of scalars in the text.
    public var length: Int { isASCII ? text.utf8.count : scalars.count }

    /// The text between scalar offsets `start` and `end` (end excluded), clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let count = length
        let lo = max(0, min(start, count)), hi = max(lo, min(end, count))
        if isASCII {
            return withBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[lo..<hi])
        return out
    }

    /// The sentence holding scalar offset `offset`, if any (the title and byline hold none).
    public func sentence(at offset: Int) -> Sentence? {
        sentenceIndex(at: offset).map { sentences[$0] }
    }

    /// The index in `sentences` of the sentence holding scalar offset `offset`, if any. `hint`
    /// is looked at first, then the sentence after it (quotes mostly follow the article's order).
    func sentenceIndex(at offset: Int, hint: Int) -> Int? {
        if hint >= 0 && hint < sentences.count && sentences[hint].start <= offset {
            if offset < sentences[hint].end { return hint }
            if hint + 1 < sentences.count && sentences[hint + 1].start <= offset && offset < sentences[hint + 1].end { return hint + 1 }
        }
        return sentenceIndex(at: offset)
    }

    /// The index in `sentences` of the sentence holding scalar offset `offset`, if any.
    func sentenceIndex(at offset: Int) -> Int? {
        // Sentences are in text order and do not overlap: binary search for the last one starting
        // at or before `offset` (a story of 10,000 facts asks once per quote).
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, offset < sentences[lo - 1].end else { return nil }
        return lo - 1
    }

    /// The sentences that share a scalar with `start..<end`, in order (by binary search: a story
    /// of 10,000 facts asks once per quote with hedges).
    public func sentences(overlapping start: Int, _ end: Int) -> ArraySlice<Sentence> {
        // the first sentence ending after `start`; sentences are in text order and do not overlap
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= start { lo = mid + 1 } else { hi = mid }
        }
        var last = lo
        while last < sentences.count && sentences[last].start < end { last += 1 }
        return sentences[lo..<last]
    }

    /// Whether the text between scalar offsets `start` and `end` is the UTF-8 `bytes`, scalar for
    /// scalar (what `reads(_:from:to:)` says of the string they spell).
    func reads(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start >= 0, start <= end, end <= length else { return false }
        guard isASCII else { return String(decoding: bytes, as: UTF8.self).unicodeScalars.elementsEqual(scalars[start..<end]) }
        // An ASCII text's scalars are its bytes; a quote with any other scalar differs in a byte.
        guard bytes.count == end - start else { return false }
        if bytes.isEmpty { return true }
        return withBytes { memcmp(bytes.baseAddress!, $0.baseAddress! + start, bytes.count) == 0 }
    }

    /// Whether the text between scalar offsets `start` and `end` is `text`, scalar for scalar
    /// (without building the slice).
    public func reads(_ text: String, from start: Int, to end: Int) -> Bool {
        guard start >= 0, start <= end, end <= length else { return false }
        guard isASCII else { return text.unicodeScalars.elementsEqual(scalars[start..<end]) }
        // An ASCII text's scalars are its bytes; a quote with any other scalar differs in a byte.
        return withBytes { article in
            text.utf8.withContiguousStorageIfAvailable { quote in
                guard quote.count == end - start else { return false }
                return quote.isEmpty || memcmp(quote.baseAddress!, article.baseAddress! + start, quote.count) == 0
            } ?? text.utf8.elementsEqual(article[start..<end])
        }
    }

    /// The sentence with id `id` ("4.2").
    public func sentence(id: String) -> Sentence? {
        sentences.first { $0.id == id }
    }

    /// Every scalar offset where `needle` starts in the text (Knuth–Morris–Pratt: linear even for
    /// a long, repetitive quote in a long text).
    public func occurrences(of needle: String) -> [Int] {
        if isASCII {
            // scalar offsets are byte offsets; a needle with another scalar is nowhere in the text
            return withBytes { Self.occurrences(of: Array(needle.utf8), in: $0) }
        }
        return scalars.withUnsafeBufferPointer { Self.occurrences(of: Array(needle.unicodeScalars), in: $0) }
    }

    /// Every offset where `n` starts in `scalars` (Knuth–Morris–Pratt).
    static func occurrences<T: Equatable>(of n: [T], in scalars: UnsafeBufferPointer<T>) -> [Int] {
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
