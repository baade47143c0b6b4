import Language
import Story

/// The filter of `:facts`: space-separated terms that must all hold.
///
///     filter -> { term }
///     term   -> "source:" SOURCE-ID   the fact's source chain passes through SOURCE-ID
///             | "hedge:" CLASS|WORD   a hedge of that class (reportative, belief, …) or that word
///             | "kind:" KIND          point, range, bound or vague
///             | WORD                  WORD appears in the id, description, unit, qualifier, quote or source
struct StoryFactFilter {
    enum Term {
        case source(String)
        case hedgeKind(HedgeKind)
        case hedgeWord(String)
        case kind(FactKind)
        case word(String)
    }

    var terms: [Term] = []

    /// Parses `text`, which starts at byte `offset` of the input (for diagnostics).
    init(_ text: String, story: Story, offset: Int) throws(Diagnostic) {
        var position = offset
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { position += piece.utf8.count + 1 }
            if piece.isEmpty { continue }
            let span = SourceSpan(position, position + piece.utf8.count)
            let word = String(piece)
            if let value = Self.value(of: "source:", in: word) {
                guard story.source(value) != nil else {
                    let near = Suggest.nearest(value, among: story.sources.map(\.id))
                    throw Diagnostic(.command, "no source `\(value)`", at: span, label: "unknown source",
                                     help: (near.map { "did you mean `source:\($0)`? " } ?? "") + ":sources lists the source ids")
                }
                terms.append(.source(value))
            } else if let value = Self.value(of: "hedge:", in: word) {
                if let kind = HedgeKind(rawValue: value.lowercased()) {
                    terms.append(.hedgeKind(kind))
                } else if HedgeLexicon.kind(of: value) != nil {
                    terms.append(.hedgeWord(value.lowercased()))
                } else {
                    let classes = HedgeKind.allCases.map(\.rawValue)
                    let near = Suggest.nearest(value, among: classes)
                    throw Diagnostic(.command, "no hedge class or hedge word `\(value)`", at: span, label: "unknown hedge",
                                     help: (near.map { "did you mean `hedge:\($0)`? " } ?? "") + "the classes are " + classes.joined(separator: ", "))
                }
            } else if let value = Self.value(of: "kind:", in: word) {
                guard let kind = FactKind(rawValue: value.lowercased()) else {
                    throw Diagnostic(.command, "no kind `\(value)`", at: span, label: "unknown kind",
                                     help: "the kinds are " + FactKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                terms.append(.kind(kind))
            } else {
                terms.append(.word(word.lowercased()))
            }
        }
    }

    /// The part of `word` after `prefix` (case-insensitive), when it starts so.
    static func value(of prefix: String, in word: String) -> String? {
        guard word.lowercased().hasPrefix(prefix) else { return nil }
        return String(word.dropFirst(prefix.count))
    }

    /// Whether `fact` passes every term.
    func matches(_ fact: Fact, in story: Story) -> Bool {
        terms.allSatisfy { term in
            switch term {
            case .source(let id): story.chain(from: fact.sourceId).contains { $0.id == id }
            case .hedgeKind(let kind): fact.hedges.contains { $0.kind == kind }
            case .hedgeWord(let word): fact.hedges.contains { $0.word.lowercased() == word }
            case .kind(let kind): fact.kind == kind
            case .word(let word): Self.haystack(fact, story).contains(word)
            }
        }
    }

    /// The text a plain word is looked for in, lower-cased.
    static func haystack(_ fact: Fact, _ story: Story) -> String {
        let sources = story.chain(from: fact.sourceId).map(\.name)
        let parts = [fact.id, fact.about, fact.unit, fact.qualifier ?? "", fact.quote?.exact ?? "", StoryDisplay.amount(fact.value)] + sources
        return parts.joined(separator: " ").lowercased()
    }
}
