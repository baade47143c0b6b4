/// Finds every quantity in an English news text (plain text or Markdown), with its value, unit,
/// period, qualifier, hedges and who stated it. Rules and the lexicons of `english.lexicon`; no model.
public struct Extractor: Sendable {
    let lexicon: Lexicon

    /// An extractor using `lexicon` (the built-in English one by default).
    public init(lexicon: Lexicon = .english) {
        self.lexicon = lexicon
    }

    /// The quantities of `text`, in text order. Offsets count Unicode code points.
    public func extract(_ text: String) -> [ExtractedQuantity] {
        read(text).quantities
    }

    /// The quantities, sentences and speakers of `text`. Offsets count Unicode code points.
    public func read(_ text: String) -> TextReading {
        let scalars = Array(text.unicodeScalars)
        var reading = TextReading()
        var speakers = SpeakerState()
        for paragraph in TextLayout.paragraphs(scalars) {
            let tokens = Tokenizer.tokens(scalars, in: paragraph.range)
            speakers.previous = nil
            for (index, sentence) in SentenceSplitter(lexicon: lexicon).sentences(tokens).enumerated() {
                let id = "\(paragraph.number).\(index + 1)"
                let finding = Attribution(lexicon: lexicon).find(tokens, in: sentence, scalars: scalars)
                let (source, attribution) = speakers.resolve(finding)
                reading.note(finding)
                let phrases = QuantityFinder(lexicon: lexicon).phrases(tokens, in: sentence)
                reading.sentences.append(ExtractedSentence(
                    start: tokens[sentence.lowerBound].start, end: tokens[sentence.upperBound - 1].end, sentence: id,
                    quantities: phrases.count, hedges: hedgeWords(tokens, in: sentence, cues: finding.cues),
                    source: source, attribution: attribution))
                for phrase in phrases {
                    let describer = PhraseDescriber(lexicon: lexicon, tokens: tokens, sentence: sentence, scalars: scalars)
                    // A second speaker in the quantity's own clause (`…, but the utility believes 1,000`) is its source.
                    let clause = describer.clauseRange(around: phrase.first)
                    let own = finding.speakers.first { clause.contains($0.index) && $0.name != source }
                    let (source, attribution) = own.map { ($0.name, "stated") } ?? (source, attribution)
                    reading.quantities.append(ExtractedQuantity(
                        start: tokens[phrase.first].start, end: tokens[phrase.end - 1].end,
                        text: String(String.UnicodeScalarView(scalars[tokens[phrase.first].start..<tokens[phrase.end - 1].end])),
                        sentence: id, value: phrase.value, low: phrase.low, high: phrase.high, bound: phrase.bound,
                        vague: phrase.vague, unit: phrase.unit, per: phrase.per, qualifier: phrase.qualifier,
                        approximate: phrase.approximate, counted: describer.counted(phrase), about: describer.about(phrase),
                        hedges: describer.hedges(phrase, cues: finding.cues), source: source, attribution: attribution))
                }
            }
        }
        return reading
    }

    /// The hedge words and report cues of a sentence, in text order, each once. A capitalized
    /// word inside the sentence is a name, not a hedge (`in May`).
    func hedgeWords(_ tokens: [Token], in sentence: Range<Int>, cues: [(word: String, index: Int)]) -> [String] {
        var found = cues
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if let match = lexicon.hedges.match(tokens, at: k, limit: sentence.upperBound) {
                if k == sentence.lowerBound || !tokens[k].capitalized { found.append((match.value, k)) }
                k = match.end
            } else {
                k += 1
            }
        }
        var seen: Set<String> = []
        return found.sorted { $0.index < $1.index }.map(\.word).filter { seen.insert($0).inserted }
    }
}

/// Carries speakers from sentence to sentence: a sentence that names none continues the previous
/// sentence's speaker in its paragraph, or the source the outlet says it reports through.
struct SpeakerState {
    /// The last speaker of the current paragraph.
    var previous: String?
    /// The source of `Outlet reports per X`, for paragraphs that name no one.
    var relayed: String?

    mutating func resolve(_ finding: Attribution.Finding) -> (String?, String) {
        if finding.relayed, let speaker = finding.speaker { relayed = speaker }
        let result: (String?, String)
        if let speaker = finding.speaker {
            result = (speaker, "stated")
        } else if let previous {
            result = (previous, finding.pronoun ? "stated" : "implied")
        } else if let relayed {
            result = (relayed, "implied")
        } else {
            result = (nil, "unattributed")
        }
        if let speaker = result.0 { previous = speaker }
        return result
    }
}
