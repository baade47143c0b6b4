/// Sentence ids (`4.2`) as a story numbers them, found by offset in the article text.
struct SentenceIds {
    /// Every sentence's range and id, in text order.
    private let sentences: [(range: Range<Int>, id: String)]

    /// The ids of `paragraphs`, each a list of sentence ranges in text order.
    init(_ paragraphs: [[Range<Int>]]) {
        sentences = paragraphs.enumerated().flatMap { p, ranges in
            ranges.enumerated().map { (range: $1, id: "\(p + 1).\($0 + 1)") }
        }
    }

    /// The id of the sentence holding `offset`, if any (a binary search: a long text has many).
    func id(at offset: Int) -> String? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, sentences[lo - 1].range.contains(offset) else { return nil }
        return sentences[lo - 1].id
    }
}
