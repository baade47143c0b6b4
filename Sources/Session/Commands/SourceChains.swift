import Language
import Story

/// The story's `via` chains, indexed once: each source's next link and the chain's length from
/// it, so listing every source's chain costs time linear in the story.
struct SourceChains {
    let byId: [String: Source]
    /// How many links follow each source (memoised; a loop, refused by the reader, counts as ended).
    private(set) var after: [String: Int] = [:]

    init(_ story: Story) {
        byId = Dictionary(story.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for s in story.sources where after[s.id] == nil {
            // Walk to the first source whose count is known (or the end), then fill counts back.
            var path: [String] = []
            var seen = Set<String>()
            var next: String? = s.id
            while let id = next, after[id] == nil, let source = byId[id], seen.insert(id).inserted {
                path.append(id)
                next = source.via
            }
            // Past the path's last source: a source already counted, or the end of the chain.
            var known = next.flatMap { after[$0] }.map { $0 + 1 } ?? 0
            for id in path.reversed() {
                after[id] = known
                known += 1
            }
        }
    }

    /// Up to `limit` sources after `id` in its chain, and how many more follow them.
    func links(after id: String, limit: Int) -> ([Source], Int) {
        var out: [Source] = []
        var next = byId[id]?.via
        var seen: Set<String> = [id]
        while let current = next, out.count < limit, let source = byId[current], seen.insert(current).inserted {
            out.append(source)
            next = source.via
        }
        return (out, max(0, (after[id] ?? 0) - out.count))
    }
}
