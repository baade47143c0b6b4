/// The kinds of record a data file holds, and the fields each may have.
enum RecordKind: String, CaseIterable {
    case story, article, source, fact, claim, check, assumption, rate

    /// How often a field may appear.
    enum Count {
        case required, optional, repeated, requiredRepeated
    }

    /// The fields of this kind of record, in the order the documentation lists them.
    var fields: [(FieldName, Count)] {
        switch self {
        case .story: Self.storyFields
        case .article: Self.articleFields
        case .source: Self.sourceFields
        case .fact: Self.factFields
        case .claim: Self.claimFields
        case .check: Self.checkFields
        case .assumption: Self.assumptionFields
        case .rate: Self.rateFields
        }
    }

    static let storyFields: [(FieldName, Count)] = [(.title, .required), (.outlet, .required), (.author, .required), (.date, .optional), (.url, .optional)]
    static let articleFields: [(FieldName, Count)] = [(.paragraph, .requiredRepeated), (.sentence, .repeated), (.byline, .optional)]
    static let sourceFields: [(FieldName, Count)] = [(.name, .required), (.role, .optional), (.via, .optional)]
    static let factFields: [(FieldName, Count)] = [
        (.about, .optional), (.value, .required), (.unit, .required), (.qualifier, .optional), (.hedges, .optional),
        (.source, .required), (.attribution, .optional), (.quote, .required), (.at, .optional), (.note, .repeated),
    ]
    static let claimFields: [(FieldName, Count)] = [
        (.about, .required), (.hedges, .optional), (.source, .required), (.attribution, .optional),
        (.quote, .required), (.at, .optional), (.note, .repeated),
    ]
    static let checkFields: [(FieldName, Count)] = [(.about, .optional), (.formula, .required), (.stated, .required), (.quote, .optional), (.at, .optional)]
    static let assumptionFields: [(FieldName, Count)] = [
        (.about, .optional), (.value, .required), (.unit, .required), (.estimate, .requiredRepeated), (.note, .repeated),
    ]

    /// An exchange rate the story states (`value: 1 USD = 1,380 KRW`), with its source and date.
    static let rateFields: [(FieldName, Count)] = [(.value, .required), (.source, .required), (.date, .required), (.note, .repeated)]

    /// The keyword as a static string.
    var spelling: StaticString {
        switch self {
        case .story: "story"
        case .article: "article"
        case .source: "source"
        case .fact: "fact"
        case .claim: "claim"
        case .check: "check"
        case .assumption: "assumption"
        case .rate: "rate"
        }
    }

    /// Where `name` is in `fields`, if this kind has it (a switch: no table to look up).
    func position(of name: FieldName) -> Int? {
        switch (self, name) {
        case (.story, .title): 0
        case (.story, .outlet): 1
        case (.story, .author): 2
        case (.story, .date): 3
        case (.story, .url): 4
        case (.article, .paragraph): 0
        case (.article, .sentence): 1
        case (.article, .byline): 2
        case (.source, .name): 0
        case (.source, .role): 1
        case (.source, .via): 2
        case (.fact, .about): 0
        case (.fact, .value): 1
        case (.fact, .unit): 2
        case (.fact, .qualifier): 3
        case (.fact, .hedges): 4
        case (.fact, .source): 5
        case (.fact, .attribution): 6
        case (.fact, .quote): 7
        case (.fact, .at): 8
        case (.fact, .note): 9
        case (.claim, .about): 0
        case (.claim, .hedges): 1
        case (.claim, .source): 2
        case (.claim, .attribution): 3
        case (.claim, .quote): 4
        case (.claim, .at): 5
        case (.claim, .note): 6
        case (.check, .about): 0
        case (.check, .formula): 1
        case (.check, .stated): 2
        case (.check, .quote): 3
        case (.check, .at): 4
        case (.assumption, .about): 0
        case (.assumption, .value): 1
        case (.assumption, .unit): 2
        case (.assumption, .estimate): 3
        case (.assumption, .note): 4
        case (.rate, .value): 0
        case (.rate, .source): 1
        case (.rate, .date): 2
        case (.rate, .note): 3
        default: nil
        }
    }

    /// Bit `s` is set when `fields[s]` is required (a switch: no table to look up).
    var requiredMask: UInt64 {
        switch self {
        case .story: 0b111
        case .article: 0b1
        case .source: 0b1
        case .fact: 0b10100110
        case .claim: 0b10101
        case .check: 0b110
        case .assumption: 0b1110
        case .rate: 0b111
        }
    }

    /// Bit `s` is set when `fields[s]` may be given once only.
    var singleMask: UInt64 {
        switch self {
        case .story: 0b11111
        case .article: 0b100
        case .source: 0b111
        case .fact: 0b111111111
        case .claim: 0b111111
        case .check: 0b11111
        case .assumption: 0b111
        case .rate: 0b111
        }
    }

    /// 0, 1, 2, … in the order of the cases.
    var index: Int {
        switch self {
        case .story: 0
        case .article: 1
        case .source: 2
        case .fact: 3
        case .claim: 4
        case .check: 5
        case .assumption: 6
        case .rate: 7
        }
    }

    /// The keywords, for messages: "story, article, source, …".
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The keyword spelled by `bytes`, if any.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let kind: RecordKind
        switch first {
        case UInt8(ascii: "s"): kind = bytes.count == 5 ? .story : .source
        case UInt8(ascii: "a"): kind = bytes.count == 7 ? .article : .assumption
        case UInt8(ascii: "f"): kind = .fact
        case UInt8(ascii: "c"): kind = bytes.count > 1 && bytes[1] == UInt8(ascii: "h") ? .check : .claim
        case UInt8(ascii: "r"): kind = .rate
        default: return nil
        }
        guard FieldName.equal(bytes, kind.spelling) else { return nil }
        self = kind
    }

    /// What is wrong with the id after the keyword, if anything.
    func checkId(_ id: String, extraWords: Int) -> String? {
        if self == .article {
            return id.isEmpty ? nil : "`article` takes no id (found `\(RecordParser.clip(id))`)"
        }
        if id.isEmpty { return "`\(rawValue)` needs an id: `\(rawValue) ID`" }
        if extraWords > 0 { return "`\(rawValue)` takes one id, without spaces" }
        switch self {
        case .story, .source:
            if !Self.isSlug(id) { return "bad id `\(RecordParser.clip(id))`: use lower-case letters, digits and hyphens" }
        default:
            if !Self.isIdentifier(id) { return "bad id `\(RecordParser.clip(id))`: use letters, digits and underscores, starting with a letter (it is a name in expressions)" }
        }
        return nil
    }

    /// `[a-z0-9][a-z0-9-]*`. On bytes: a non-ASCII scalar is refused either way.
    static func isSlug(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isSlug($0) }
    }

    static func isSlug(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, first != UInt8(ascii: "-") else { return false }
        for b in utf8 where !((b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || isDigit(b) || b == UInt8(ascii: "-")) { return false }
        return true
    }

    /// `[A-Za-z][A-Za-z0-9_]*`, at most 64 characters. On bytes: every allowed scalar is one
    /// byte, and a non-ASCII scalar is refused either way.
    static func isIdentifier(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isIdentifier($0) }
    }

    static func isIdentifier(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, isLetter(first), utf8.count <= 64 else { return false }
        for b in utf8 where !(isLetter(b) || isDigit(b) || b == UInt8(ascii: "_")) { return false }
        return true
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    static func isLetter(_ b: UInt8) -> Bool { (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) }
}

/// The name of a field some kind of record has.
enum FieldName: String, CaseIterable {
    case title, outlet, author, date, url
    case paragraph, sentence, byline
    case name, role, via
    case about, value, unit, qualifier, hedges, source, attribution, quote, at, note
    case formula, stated, estimate

    /// How many names there are (`allCases.count`, without building the array).
    static let count = 24

    /// 0, 1, 2, … in the order above (the case's own number: no work).
    var index: Int {
        switch self {
        case .title: 0
        case .outlet: 1
        case .author: 2
        case .date: 3
        case .url: 4
        case .paragraph: 5
        case .sentence: 6
        case .byline: 7
        case .name: 8
        case .role: 9
        case .via: 10
        case .about: 11
        case .value: 12
        case .unit: 13
        case .qualifier: 14
        case .hedges: 15
        case .source: 16
        case .attribution: 17
        case .quote: 18
        case .at: 19
        case .note: 20
        case .formula: 21
        case .stated: 22
        case .estimate: 23
        }
    }

    /// The field name spelled by `bytes`, if any (this runs once per field line): a hash of its
    /// length and first two bytes that no two names share picks the one it can be, whose first
    /// eight bytes are compared as one word, then any rest. `readable` is how many bytes from
    /// `bytes.baseAddress` may be read (at least `bytes.count`).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        let n = bytes.count
        guard n >= 2, n <= 11, let p = bytes.baseAddress,
              let name = Self.byHash((n &+ 2 &* Int(p[0]) &+ 9 &* Int(p[1])) & 63), name.length == n else { return nil }
        let head = min(n, 8)
        var word: UInt64
        if readable >= 8 {
            word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
            if head < 8 { word &= (1 << UInt64(8 * head)) &- 1 }
        } else {
            word = 0
            for i in 0..<head { word |= UInt64(p[i]) << UInt64(8 * i) }
        }
        guard word == name.word else { return nil }
        if n > 8 {
            var tail: UInt64 = 0
            for i in 8..<n { tail |= UInt64(p[i]) << UInt64(8 * (i - 8)) }
            guard tail == name.tail else { return nil }
        }
        self = name
    }

    /// The name whose hash (see `init`) is `h`, if any.
    static func byHash(_ h: Int) -> FieldName? {
        switch h {
        case 30: .title
        case 1: .outlet
        case 37: .author
        case 53: .date
        case 47: .url
        case 18: .paragraph
        case 59: .sentence
        case 11: .byline
        case 9: .name
        case 15: .role
        case 32: .via
        case 57: .about
        case 26: .value
        case 12: .unit
        case 8: .qualifier
        case 35: .hedges
        case 19: .source
        case 33: .attribution
        case 4: .quote
        case 24: .at
        case 7: .note
        case 58: .formula
        case 0: .stated
        case 29: .estimate
        default: nil
        }
    }

    /// The name's length in bytes.
    var length: Int { spelling.utf8CodeUnitCount }

    /// The name's first eight bytes (fewer, zero-padded) as a little-endian word.
    var word: UInt64 {
        switch self {
        case .title: 0x000000656c746974  // "title"
        case .outlet: 0x000074656c74756f  // "outlet"
        case .author: 0x0000726f68747561  // "author"
        case .date: 0x0000000065746164  // "date"
        case .url: 0x00000000006c7275  // "url"
        case .paragraph: 0x7061726761726170  // "paragrap"
        case .sentence: 0x65636e65746e6573  // "sentence"
        case .byline: 0x0000656e696c7962  // "byline"
        case .name: 0x00000000656d616e  // "name"
        case .role: 0x00000000656c6f72  // "role"
        case .via: 0x0000000000616976  // "via"
        case .about: 0x00000074756f6261  // "about"
        case .value: 0x00000065756c6176  // "value"
        case .unit: 0x0000000074696e75  // "unit"
        case .qualifier: 0x656966696c617571  // "qualifie"
        case .hedges: 0x0000736567646568  // "hedges"
        case .source: 0x0000656372756f73  // "source"
        case .attribution: 0x7475626972747461  // "attribut"
        case .quote: 0x00000065746f7571  // "quote"
        case .at: 0x0000000000007461  // "at"
        case .note: 0x0000000065746f6e  // "note"
        case .formula: 0x00616c756d726f66  // "formula"
        case .stated: 0x0000646574617473  // "stated"
        case .estimate: 0x6574616d69747365  // "estimate"
        }
    }

    /// The name's bytes after the eighth, as a little-endian word (0 for a short name).
    var tail: UInt64 {
        switch self {
        case .paragraph: 0x68  // "h"
        case .qualifier: 0x72  // "r"
        case .attribution: 0x6e6f69  // "ion"
        default: 0
        }
    }

    /// The name as a static string (what `rawValue` is, without building a `String`).
    var spelling: StaticString {
        switch self {
        case .title: "title"
        case .outlet: "outlet"
        case .author: "author"
        case .date: "date"
        case .url: "url"
        case .paragraph: "paragraph"
        case .sentence: "sentence"
        case .byline: "byline"
        case .name: "name"
        case .role: "role"
        case .via: "via"
        case .about: "about"
        case .value: "value"
        case .unit: "unit"
        case .qualifier: "qualifier"
        case .hedges: "hedges"
        case .source: "source"
        case .attribution: "attribution"
        case .quote: "quote"
        case .at: "at"
        case .note: "note"
        case .formula: "formula"
        case .stated: "stated"
        case .estimate: "estimate"
        }
    }

    /// Whether `bytes` spell `text`.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        text.utf8CodeUnitCount == bytes.count && memoryEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), bytes)
    }

    static func memoryEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }
}
