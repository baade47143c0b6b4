import Extract

/// Finds the arithmetic a sentence states with its own numbers: an amount after a result word
/// (`generate`, `total`, `worth`: the lexicon's `[results]`) that a money amount before it times a
/// count in the sentence would give, as in "earning around $2,000 per month, which could generate
/// over $200 million annually if 10,000 troops are sent".
struct CheckFinder {
    /// One drafted check: `money * count` against `stated`, indices into the quantities.
    struct Found {
        var money: Int
        var count: Int
        var stated: Int
        /// The span of the three quantities in the text.
        var start: Int
        var end: Int
    }

    let quantities: [ExtractedQuantity]
    let scalars: [Unicode.Scalar]
    let results: Set<String>

    /// The checks of the quantities for which `written` is true (those written as facts), and
    /// the sentences with a result word but no check found (for a review comment).
    func find(written: (Int) -> Bool) -> (checks: [Found], unsure: [Int]) {
        var checks: [Found] = [], unsure: [Int] = []
        let bySentence = Dictionary(grouping: quantities.indices.filter(written), by: { quantities[$0].sentence })
        for (stated, s) in quantities.enumerated() where written(stated) && s.vague == nil && s.low == nil {
            let peers = bySentence[s.sentence] ?? []
            guard peers.count >= 2, let before = peers.last(where: { quantities[$0].end <= s.start }),
                  hasResultWord(from: quantities[before].end, to: s.start) else { continue }
            let money = peers.last { m in
                let q = quantities[m]
                return q.end <= s.start && q.unit == s.unit && q.unit != "count" && (q.per == nil) == (s.per == nil)
                    && q.value != nil && q.bound == nil && q.vague == nil
            }
            let counts = peers.filter { quantities[$0].unit == "count" && quantities[$0].value != nil && quantities[$0].vague == nil && quantities[$0].bound == nil && $0 != stated }
            let count = counts.first { quantities[$0].start > s.start } ?? counts.last
            guard let money, let count else { unsure.append(stated); continue }
            let members = [money, count, stated].map { quantities[$0] }
            checks.append(Found(money: money, count: count, stated: stated, start: members.map(\.start).min()!, end: members.map(\.end).max()!))
        }
        return (checks, unsure)
    }

    /// Whether the words between two offsets hold a result word or phrase.
    private func hasResultWord(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let words = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        for i in words.indices {
            for length in 1...min(3, words.count - i) where results.contains(words[i..<(i + length)].joined(separator: " ")) {
                return true
            }
        }
        return false
    }
}
