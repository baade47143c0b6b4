/// Someone the article quotes or relies on, or an outside source an assumption cites.
public struct Source: Sendable, Equatable {
    /// The id the data file uses (`wi`, `korean-media`).
    public var id: String
    /// The name as printed ("Wi Sung-lac").
    public var name: String
    /// Who they are ("former South Korean ambassador to Russia").
    public var role: String
    /// The next link toward the reader: the source this one's statements reached the article through.
    public var via: String?
    /// The data file's line where the source is defined.
    public var line: Int

    /// Creates a source.
    public init(id: String, name: String, role: String, via: String?, line: Int) {
        self.id = id
        self.name = name
        self.role = role
        self.via = via
        self.line = line
    }

    /// The name with its role: "Wi Sung-lac, former South Korean ambassador to Russia".
    public var described: String {
        role.isEmpty ? name : name + ", " + role
    }
}

/// How the article ties a statement to its source.
public enum Attribution: String, Sendable, CaseIterable {
    /// The sentence names the source.
    case stated
    /// The source is clear only from the sentences around it.
    case implied
    /// The article names no source: the outlet states it in its own voice.
    case unattributed
}

extension Story {
    /// The source with id `id`.
    public func source(_ id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// The chain from `id` to the reader: the source, then each `via` in turn. Stops at an unknown
    /// id or a repeat, so it is safe on any story (the reader refuses loops anyway).
    public func chain(from id: String) -> [Source] {
        let byId = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [Source] = []
        var seen = Set<String>()
        var next: String? = id
        while let current = next, let source = byId[current], seen.insert(current).inserted {
            out.append(source)
            next = source.via
        }
        return out
    }

    /// The sources that some fact or claim's chain passes through.
    public var articleSourceIds: Set<String> {
        let byId = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var ids = Set<String>()
        for id in facts.map(\.sourceId) + claims.map(\.sourceId) {
            // once a source is in, so is the rest of its chain: stop there
            var next: String? = id
            while let current = next, let source = byId[current], ids.insert(current).inserted {
                next = source.via
            }
        }
        return ids
    }
}
