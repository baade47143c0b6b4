/// The kinds of record a data file holds, and the fields each may have.
enum RecordKind: String, CaseIterable {
    case story, article, source, fact, claim, check, assumption

    /// How often a field may appear.
    enum Count {
        case required, optional, repeated, requiredRepeated
    }

    /// The fields of this kind of record, in the order the documentation lists them.
    var fields: [(String, Count)] {
        switch self {
        case .story: [("title", .required), ("outlet", .required), ("author", .required), ("date", .optional), ("url", .optional)]
        case .article: [("paragraph", .requiredRepeated), ("sentence", .repeated), ("byline", .optional)]
        case .source: [("name", .required), ("role", .optional), ("via", .optional)]
        case .fact:
            [("about", .optional), ("value", .required), ("unit", .required), ("qualifier", .optional), ("hedges", .optional),
             ("source", .required), ("attribution", .optional), ("quote", .required), ("at", .optional), ("note", .repeated)]
        case .claim:
            [("about", .required), ("hedges", .optional), ("source", .required), ("attribution", .optional),
             ("quote", .required), ("at", .optional), ("note", .repeated)]
        case .check: [("about", .optional), ("formula", .required), ("stated", .required), ("quote", .optional), ("at", .optional)]
        case .assumption:
            [("about", .optional), ("value", .required), ("unit", .required), ("estimate", .requiredRepeated), ("note", .repeated)]
        }
    }

    /// The keywords, for messages: "story, article, source, …".
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

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

    /// `[a-z0-9][a-z0-9-]*`.
    static func isSlug(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first != "-" else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `[A-Za-z][A-Za-z0-9_]*`, at most 64 characters.
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, isLetter(first), s.unicodeScalars.count <= 64 else { return false }
        return s.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
}
