/// One `name: value` line of a record.
struct RawField {
    /// The field's name (`value`).
    var name: String
    /// Everything after `name: `, verbatim.
    var value: String
    /// The 1-based line.
    var line: Int
}

/// A record: a keyword line at the left margin (`fact soldier_pay`) and the indented fields below it.
struct RawRecord {
    /// The record's keyword (`fact`).
    var keyword: RecordKind
    /// The id after the keyword (empty for `article`).
    var id: String
    /// The 1-based line of the keyword.
    var line: Int
    /// Its fields, in file order.
    var fields: [RawField] = []
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
struct RecordParser {
    /// The header's keyword.
    static let magic = "dossier-story"

    private(set) var records: [RawRecord] = []
    private(set) var issues: [StoryIssue] = []
    private(set) var version: Int?

    /// Parses `lines` (without their line ends).
    init(lines: [Substring]) {
        var sawHeader = false
        var current: Int?     // index into records of the record taking fields; nil before the first
        var ignoring = false  // after a record line too broken to hold fields
        for (index, raw) in lines.enumerated() {
            let line = index + 1
            // Scalars, not Characters: cheaper on long lines, and "\r" stays its own unit.
            let text = raw.unicodeScalars.last == "\r" ? Substring(raw.unicodeScalars.dropLast()) : raw
            let trimmed = Substring(text.unicodeScalars.drop { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.unicodeScalars.first == "#" { continue }
            if !sawHeader {
                sawHeader = true
                guard parseHeader(String(text), line: line) else { return }
                continue
            }
            if trimmed.startIndex != text.startIndex {
                guard let (name, value) = Self.splitField(trimmed) else {
                    issues.append(StoryIssue(line: line, field: "syntax", message: "expected an indented `name: value` field, found `\(Self.clip(trimmed))`"))
                    continue
                }
                if ignoring { continue }
                guard let i = current else {
                    issues.append(StoryIssue(line: line, field: name, message: "a field outside any record (records start at the left margin: `fact ID`)"))
                    continue
                }
                records[i].fields.append(RawField(name: name, value: value, line: line))
                continue
            }
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = words.first, let kind = RecordKind(rawValue: String(first)) else {
                issues.append(StoryIssue(line: line, field: "syntax", message: "not a record or an indented field: `\(Self.clip(text))` (records are \(RecordKind.list))"))
                continue
            }
            let id = words.count > 1 ? String(words[1]) : ""
            if let problem = kind.checkId(id, extraWords: words.count - 2) {
                issues.append(StoryIssue(line: line, field: kind.rawValue, message: problem))
                ignoring = true
                continue
            }
            ignoring = false
            records.append(RawRecord(keyword: kind, id: id, line: line))
            current = records.count - 1
        }
        if !sawHeader {
            issues.append(StoryIssue(line: 1, field: "header", message: "no `\(Self.magic) \(StoryReader.formatVersion)` header: the file holds only blank lines and comments"))
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

    /// `name: value` → (name, value); the value is everything after the colon and one space.
    static func splitField(_ text: Substring) -> (String, String)? {
        // On bytes: the name and the separator are ASCII, so this cuts where scalars would.
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(where: { !(($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-")) }),
              utf8[colon] == UInt8(ascii: ":") else { return nil }
        let name = utf8[..<colon]
        guard let head = name.first, head >= UInt8(ascii: "a") && head <= UInt8(ascii: "z") else { return nil }
        var rest = utf8[utf8.index(after: colon)...]
        if rest.isEmpty { return (String(Substring(name)), "") }
        guard rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") else { return nil }
        rest = rest.dropFirst()
        return (String(Substring(name)), String(Substring(rest)))
    }

    /// A line shortened for a message.
    static func clip<S: StringProtocol>(_ text: S) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars.prefix(60))
        return scalars.count > 60 ? out + "…" : out
    }
}
