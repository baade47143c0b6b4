import Glibc

/// One `name: value` line of a record: where it lies in the file's bytes, read into strings only
/// when the builder asks. Plain data (no references to count, nothing to free): a story of
/// 10,000 facts has some 100,000 of them.
///
/// It points into the bytes being read, so it lives only while `StoryReader` reads them.
struct RawField {
    /// The file's bytes.
    let base: UnsafePointer<UInt8>
    /// The name as a known field name; nil for a name no record kind has.
    let key: FieldName?
    private let storedLine: Int32
    /// The name's bytes are `nameStart..<nameEnd`, the value's `valueStart..<valueEnd`.
    private let nameStart: Int32, nameEnd: Int32, valueStart: Int32, valueEnd: Int32

    init(base: UnsafePointer<UInt8>, key: FieldName?, line: Int, name: Range<Int>, value: Range<Int>) {
        self.base = base
        self.key = key
        storedLine = Int32(truncatingIfNeeded: line)
        nameStart = Int32(truncatingIfNeeded: name.lowerBound)
        nameEnd = Int32(truncatingIfNeeded: name.upperBound)
        valueStart = Int32(truncatingIfNeeded: value.lowerBound)
        valueEnd = Int32(truncatingIfNeeded: value.upperBound)
    }

    /// The 1-based line.
    var line: Int { Int(storedLine) }

    /// The field's name (`value`).
    var name: String {
        key?.rawValue ?? String(decoding: UnsafeBufferPointer(start: base + Int(nameStart), count: Int(nameEnd - nameStart)), as: UTF8.self)
    }

    /// Everything after `name: `, verbatim (a new string each time).
    var value: String { String(decoding: bytes, as: UTF8.self) }

    /// The value's bytes.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + Int(valueStart), count: Int(valueEnd - valueStart))
    }
}

/// A record: a keyword line at the left margin (`fact soldier_pay`) and the indented fields below it.
struct RawRecord {
    /// The record's keyword (`fact`).
    var keyword: RecordKind
    /// The id after the keyword (empty for `article`).
    var id: String
    /// The 1-based line of the keyword.
    var line: Int
    /// Its fields, in file order: indices into the parser's `fields`.
    var fields: Range<Int> = 0..<0
}

/// The first pass over a data file: lines into records, with no meaning checked yet.
///
/// Grammar (one construct per line; blank lines and lines whose first non-blank character is `#`
/// are skipped anywhere):
///
///     file    -> header { record }
///     header  -> "dossier-story" VERSION
///     record  -> KEYWORD [ID] { field }        KEYWORD at the left margin
///     field   -> INDENT NAME ":" [" " VALUE]   NAME is lower case letters and hyphens
///
/// Any other line is an error; so is a field before the first record.
///
/// The file is read as bytes (it is valid UTF-8 by now): every byte the grammar looks at is ASCII,
/// and an ASCII byte is never part of a longer UTF-8 sequence, so cutting bytes cuts where
/// cutting scalars would. Only a value kept as text becomes a `String`.
struct RecordParser {
    /// The header's keyword.
    static let magic = "dossier-story"

    private(set) var records: [RawRecord] = []
    /// Every record's fields, in file order.
    private(set) var fields: [RawField] = []
    private(set) var issues: [StoryIssue] = []
    private(set) var version: Int?

    /// Parses the UTF-8 text `bytes` (lines end in LF, optionally preceded by CR). The fields
    /// point into `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        var firstField: [Int] = []  // records[i]'s fields start at fields[firstField[i]]
        guard let base = bytes.baseAddress else {
            // no bytes: one empty line, so no header
            issues.append(StoryIssue(line: 1, field: "header", message: "no `\(Self.magic) \(StoryReader.formatVersion)` header: the file holds only blank lines and comments"))
            return
        }
        // Room for a field every 16 bytes at once (fields lines are longer: a 10,000-fact story has
        // one every 25 bytes), rather than by doubling; more is made if needed.
        fields.reserveCapacity(bytes.count / 16 + 16)
        var sawHeader = false
        var current: Int?     // index into records of the record taking fields; nil before the first
        var ignoring = false  // after a record line too broken to hold fields
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var lineStart = 0, line = 0
        let count = bytes.count
        // Split on bytes, not Characters: "\r\n" is one Character and would hide the line break.
        // The text after the last line feed is a line too (empty when the file ends with one).
        while lineStart <= count {
            line += 1
            var lineEnd = count
            if lineStart < count, let lf = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = base.distance(to: lf.assumingMemoryBound(to: UInt8.self))
            }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            var start = lineStart
            while start < end && (bytes[start] == space || bytes[start] == tab) { start += 1 }
            if start == end || bytes[start] == UInt8(ascii: "#") { continue }
            if !sawHeader {
                sawHeader = true
                guard parseHeader(Self.string(bytes, lineStart, end), line: line) else { return }
                continue
            }
            if start != lineStart {
                guard let (name, key, value) = Self.splitField(bytes, start, end) else {
                    issues.append(StoryIssue(line: line, field: "syntax", message: "expected an indented `name: value` field, found `\(Self.clip(Self.string(bytes, start, end)))`"))
                    continue
                }
                if ignoring { continue }
                guard current != nil else {
                    issues.append(StoryIssue(line: line, field: key?.rawValue ?? Self.string(bytes, name.lowerBound, name.upperBound), message: "a field outside any record (records start at the left margin: `fact ID`)"))
                    continue
                }
                fields.append(RawField(base: base, key: key, line: line, name: name, value: value))
                continue
            }
            let (kind, id, words, checked) = Self.recordLine(bytes, lineStart, end)
            guard let kind else {
                issues.append(StoryIssue(line: line, field: "syntax", message: "not a record or an indented field: `\(Self.clip(Self.string(bytes, lineStart, end)))` (records are \(RecordKind.list))"))
                continue
            }
            if !checked, let problem = kind.checkId(id, extraWords: words - 2) {
                issues.append(StoryIssue(line: line, field: kind.rawValue, message: problem))
                ignoring = true
                continue
            }
            ignoring = false
            records.append(RawRecord(keyword: kind, id: id, line: line))
            firstField.append(fields.count)
            current = records.count - 1
        }
        if !sawHeader {
            issues.append(StoryIssue(line: 1, field: "header", message: "no `\(Self.magic) \(StoryReader.formatVersion)` header: the file holds only blank lines and comments"))
        }
        for i in records.indices {
            records[i].fields = firstField[i]..<(i + 1 < records.count ? firstField[i + 1] : fields.count)
        }
    }

    /// Reads `dossier-story N`; false when the line is no header at all (the file is then not read further).
    private mutating func parseHeader(_ text: String, line: Int) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.first.map(String.init) == Self.magic else {
            issues.append(StoryIssue(line: line, field: "header", message: "expected `\(Self.magic) \(StoryReader.formatVersion)` as the first line; this is not a Dossier story file"))
            return false
        }
        guard words.count == 2, let n = Int(words[1]), n >= 1 else {
            issues.append(StoryIssue(line: line, field: "header", message: "expected `\(Self.magic) \(StoryReader.formatVersion)`: the version is a whole number"))
            version = StoryReader.formatVersion
            return true
        }
        if n > StoryReader.formatVersion {
            issues.append(StoryIssue(line: line, field: "header", message: "format version \(n) is newer than this Dossier reads (\(StoryReader.formatVersion))"))
        }
        version = n
        return true
    }

    /// The bytes `start..<end` as a string (they are whole scalars of valid UTF-8).
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// `name: value` in `bytes[start..<end]` → the name's range, the name as a known field name
    /// when it is one, and the value's range: everything after the colon and one space or tab.
    static func splitField(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Range<Int>, FieldName?, Range<Int>)? {
        var colon = start
        while colon < end && ((bytes[colon] >= UInt8(ascii: "a") && bytes[colon] <= UInt8(ascii: "z")) || bytes[colon] == UInt8(ascii: "-")) {
            colon += 1
        }
        guard colon < end, bytes[colon] == UInt8(ascii: ":"), colon > start, bytes[start] != UInt8(ascii: "-") else { return nil }
        let key = FieldName(UnsafeBufferPointer(rebasing: bytes[start..<colon]), readable: bytes.count - start)
        let name = start..<colon
        let rest = colon + 1
        if rest == end { return (name, key, rest..<rest) }
        guard bytes[rest] == UInt8(ascii: " ") || bytes[rest] == UInt8(ascii: "\t") else { return nil }
        return (name, key, (rest + 1)..<end)
    }

    /// A line at the left margin: its keyword (nil when it is none), the id after it (empty when
    /// none) and how many words the line has, words being separated by spaces.
    ///
    /// `checked` says the id is known to be good (what `checkId` would say, found on the bytes);
    /// when false, `checkId` is to be asked.
    static func recordLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (kind: RecordKind?, id: String, words: Int, checked: Bool) {
        let p = bytes.baseAddress!
        var high: UInt8 = 0
        for i in start..<end { high |= p[i] }
        guard high < 0x80 else {
            // Words are split on Characters, as before: a space followed by a combining mark is
            // no separator. Rare enough to take the slow way.
            let words = string(bytes, start, end).split(separator: " ", omittingEmptySubsequences: true)
            return (words.first.flatMap { RecordKind(rawValue: String($0)) }, words.count > 1 ? String(words[1]) : "", words.count, false)
        }
        // In ASCII text (which holds no CR here) every Character is one byte. The keyword starts
        // the line (it is not indented).
        var i = start
        while i < end && p[i] != UInt8(ascii: " ") { i += 1 }
        guard let kind = RecordKind(UnsafeBufferPointer(start: p + start, count: i - start)) else { return (nil, "", 1, false) }
        while i < end && p[i] == UInt8(ascii: " ") { i += 1 }
        if i == end { return (kind, "", 1, kind == .article) }
        let idStart = i
        while i < end && p[i] != UInt8(ascii: " ") { i += 1 }
        let idEnd = i
        var words = 2
        while i < end {
            if p[i] == UInt8(ascii: " ") { i += 1; continue }
            words += 1
            while i < end && p[i] != UInt8(ascii: " ") { i += 1 }
        }
        let word = UnsafeBufferPointer(start: p + idStart, count: idEnd - idStart)
        let good = words == 2 && (kind == .story || kind == .source ? RecordKind.isSlug(word) : kind != .article && RecordKind.isIdentifier(word))
        return (kind, String(decoding: word, as: UTF8.self), words, good)
    }

    /// A line shortened for a message.
    static func clip<S: StringProtocol>(_ text: S) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars.prefix(60))
        return scalars.count > 60 ? out + "…" : out
    }
}
