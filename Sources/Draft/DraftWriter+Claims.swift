import Extract

/// The records of a draft that are not numbers: the article's arithmetic (`check`) and its
/// assessments without a number (`claim`).
extension DraftWriter {
    /// A `check`: `money * count` against the stated fact, with the article's words for it.
    mutating func check(id: String, money: String, count: String, stated: String, statedText: String, sentence: String, quote: String, start: Int, end: Int) {
        line("# review: drafted from the numbers of sentence \(sentence): check the formula and the amount it is compared with")
        line("check \(id)")
        line("  about: the article’s arithmetic for “\(statedText)”")
        line("  formula: \(money) * \(count)")
        line("  stated: \(stated)")
        line("  quote: \(quote)")
        line("  at: \(start)..<\(end)")
        line("")
    }

    /// The comment for a sentence that seems to work out an amount but gives no check the
    /// drafter can write.
    mutating func uncheckedResult(sentence: String, text: String) {
        line("# review: sentence \(sentence) may work out “\(text)” from its other numbers; no `check` drafted (write one by hand)")
        line("")
    }

    /// A `claim` for a sentence with no number but an assessment (a hedge or a report word).
    mutating func claim(_ s: ExtractedSentence, id: String, about: String, quote: String, sourceId: String) {
        line("claim \(id)")
        review("`about` is the sentence’s opening; say in a few words what it claims")
        line("  about: \(about)")
        // `some officials`: an approximator in a sentence without a number qualifies nothing.
        let hedges = s.hedges.filter { Self.hedgeClass($0) != "approximator" }.compactMap(Self.hedge)
        if !hedges.isEmpty { line("  hedges: \(hedges.joined(separator: ", "))") }
        if s.source == nil { review("no speaker found: attributed to the outlet") }
        line("  source: \(sourceId)")
        if s.attribution != "stated" { line("  attribution: \(s.attribution)") }
        line("  quote: \(quote)")
        line("  at: \(s.start)..<\(s.end)")
        line("")
    }
}
