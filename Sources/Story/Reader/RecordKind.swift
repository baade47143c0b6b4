/// The kinds of record a data file holds, and the fields each may have.
enum RecordKind: String, CaseIterable {
    case story, article, source, fact, claim, check, assumption

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
        }
    }

    /// Where `name` is in `fields`, if this kind has it.
    @inline(__always)
    func position(of name: FieldName) -> Int? {
        let p = Self.positions[index * FieldName.count + name.index]
        return p < 0 ? nil : Int(p)
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
        }
    }

    /// `position(of:)` for every kind and name, worked out once.
    static let positions: [Int8] = {
        var table = [Int8](repeating: -1, count: allCases.count * FieldName.count)
        for kind in allCases {
            for (p, (name, _)) in kind.fields.enumerated() { table[kind.index * FieldName.count + name.index] = Int8(p) }
        }
        return table
    }()

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

    /// The field name spelled by `bytes`, if any: found by a hash of its length and first two
    /// bytes that no two names share (this runs once per field line), then compared.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 2, bytes.count <= 11, let base = bytes.baseAddress,
              let name = Self.byHash[Self.hash(bytes.count, base[0], base[1])], Self.equal(bytes, name.spelling) else { return nil }
        self = name
    }

    @inline(__always)
    static func hash(_ count: Int, _ first: UInt8, _ second: UInt8) -> Int {
        (count &+ 2 &* Int(first) &+ 9 &* Int(second)) & 63
    }

    /// Each name at its hash (a test checks that no two names collide).
    static let byHash: [FieldName?] = {
        var table = [FieldName?](repeating: nil, count: 64)
        for name in allCases {
            let utf8 = Array(name.rawValue.utf8)
            table[hash(utf8.count, utf8[0], utf8[1])] = name
        }
        return table
    }()

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
