/// What a quantity phrase is about: the noun it counts, a few words naming what it measures, and
/// the hedge cues of its clause.
struct PhraseDescriber {
    let lexicon: Lexicon
    let tokens: [Token]
    let sentence: Range<Int>
    let scalars: [Unicode.Scalar]

    private static let stopWords: Set<String> = [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but",
        "are", "is", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could",
        "can", "may", "might", "who", "which", "that", "this", "these", "those", "than", "as", "per", "each",
        "every", "more", "less", "their", "its", "his", "her", "our", "into", "over", "under", "about",
        "around", "during", "since", "until", "after", "before", "while", "when", "where", "not", "also",
        "still", "now", "so", "such", "it", "they", "he", "she", "we", "you", "i", "if", "because", "said",
    ]
    private static let plurals: Set<String> = ["people", "men", "women", "children", "police", "personnel", "staff", "cattle", "livestock"]

    /// The noun-phrase words after a count (`North Korean workers`), as token indices.
    private func nounRun(_ phrase: QuantityFinder.Phrase) -> [Int] {
        guard phrase.unit == "count" else { return [] }
        var k = phrase.nounStart
        if k < sentence.upperBound, tokens[k].lower == "of" { k += 1 }
        if k < sentence.upperBound, tokens[k].lower == "the" { k += 1 }
        var run: [Int] = []
        while k < sentence.upperBound, run.count < 4 {
            let t = tokens[k]
            if t.lower == "-", !t.spaceBefore, !run.isEmpty { k += 1; continue }
            guard t.kind == .word, !Self.stopWords.contains(t.lower), !lexicon.hedges.contains(t.lower),
                  !lexicon.reporting.contains(t.lower) else { break }
            if t.lower.count > 4, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing") { break }
            run.append(k)
            k += 1
        }
        return run
    }

    /// The counted noun: the first plural in the run after a count, else its last word.
    func counted(_ phrase: QuantityFinder.Phrase) -> String? {
        let run = nounRun(phrase)
        guard let last = run.last else { return nil }
        let plural = run.first { tokens[$0].lower.hasSuffix("s") && tokens[$0].lower.count > 2 || Self.plurals.contains(tokens[$0].lower) }
        return tokens[plural ?? last].lower
    }

    /// A few words naming what the number measures: the counted phrase and what follows it, the
    /// `of …` after a unit, or else the words before the quantity in its clause.
    func about(_ phrase: QuantityFinder.Phrase) -> String? {
        var run = nounRun(phrase)
        if run.isEmpty, phrase.unitEnd < sentence.upperBound, tokens[phrase.unitEnd].lower == "of" {
            var k = phrase.unitEnd + 1
            while k < sentence.upperBound, run.count < 4, tokens[k].kind == .word, !Self.stopWords.contains(tokens[k].lower) || tokens[k].lower == "the",
                  lexicon.periods.match(tokens, at: k, limit: sentence.upperBound) == nil, !lexicon.hedges.contains(tokens[k].lower) {
                run.append(k); k += 1
            }
        }
        if let last = run.last {
            // A place or owner after the noun: `workers in Russia`, `soldiers to Russia`.
            var k = last + 1
            if k + 1 < sentence.upperBound, ["in", "to", "from", "at", "of", "for"].contains(tokens[k].lower) {
                k += 1
                var end = k
                // The place or owner: its capitalized words (`in Russia`), or one word (`to the front`).
                while end < sentence.upperBound, end - k < 3, tokens[end].kind == .word, !Self.stopWords.contains(tokens[end].lower),
                      !lexicon.hedges.contains(tokens[end].lower), end == k || tokens[end].capitalized { end += 1 }
                if end > k { return words(run[0]..<end) }
            }
            return words(run[0]..<(last + 1))
        }
        let clause = clauseRange(around: phrase.first)
        var start = phrase.first
        while start > clause.lowerBound, phrase.first - start < 6 { start -= 1 }
        while start < phrase.first, tokens[start].kind != .word || Self.stopWords.contains(tokens[start].lower) { start += 1 }
        var end = phrase.first
        while end > start, tokens[end - 1].kind != .word || Self.stopWords.contains(tokens[end - 1].lower) { end -= 1 }
        return start < end ? words(start..<end) : nil
    }

    /// The hedge cues of the quantity's clause, with the sentence's report cues, in text order.
    /// An approximator (`roughly`) counts only in the quantity's phrase or right before it: in
    /// `up to 3 years and cost roughly 40%` it hedges the 40%, not the 3 years.
    func hedges(_ phrase: QuantityFinder.Phrase, cues: [(word: String, index: Int)]) -> [String] {
        let clause = clauseRange(around: phrase.first)
        var found: [(String, Int)] = []
        var k = clause.lowerBound
        while k < clause.upperBound {
            if let match = lexicon.hedges.match(tokens, at: k, limit: clause.upperBound) {
                // A capitalized word inside the sentence is a name, not a hedge (`in May`).
                let named = k != sentence.lowerBound && tokens[k].capitalized
                let elsewhere = lexicon.quantityHedges.contains(match.value) && !(phrase.first - 1..<phrase.end).contains(k)
                if !named, !elsewhere { found.append((match.value, k)) }
                k = match.end
            } else {
                k += 1
            }
        }
        found += cues.map { ($0.word, $0.index) }
        var seen: Set<String> = []
        return found.sorted { $0.1 < $1.1 }.map(\.0).filter { seen.insert($0).inserted }
    }

    /// The clause around a token: between commas, semicolons, dashes, brackets and clause words.
    func clauseRange(around index: Int) -> Range<Int> {
        var start = index
        while start > sentence.lowerBound, !isBoundary(start - 1) { start -= 1 }
        if start > sentence.lowerBound, tokens[start - 1].kind == .word { start -= 1 }
        var end = index
        while end < sentence.upperBound, !isBoundary(end) || end == index { end += 1 }
        return start..<end
    }

    private func isBoundary(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .mark { return [",", ";", ":", "(", ")", "—", "“", "”", "\""].contains(t.lower) || (t.lower == "–" && t.spaceBefore) }
        return ["which", "while", "but", "whereas"].contains(t.lower)
    }

    private func words(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]))
    }
}
