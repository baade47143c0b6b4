/// One sentence of a text, with who the text says stated it and its hedge and report words: what
/// a drafted story needs for a `claim` (a sentence with no number but an assessment).
public struct ExtractedSentence: Sendable, Equatable {
    /// Code point offsets of the sentence, end excluded.
    public var start: Int
    public var end: Int
    /// `PARAGRAPH.SENTENCE`, numbered as `ExtractedQuantity.sentence` is.
    public var sentence: String
    /// How many quantities the extractor found in it.
    public var quantities: Int
    /// Its hedge words (lexicon `[hedges]`) and report cues, in text order, each once.
    public var hedges: [String]
    /// Who the text says stated it, or nil; and `stated`, `implied` or `unattributed`.
    public var source: String?
    public var attribution: String
}

/// What the text says of a speaker besides their words: a role from apposition ("Former
/// ambassador, Rep. Wi Sung-lac" → `former ambassador`) and the medium that carried them ("Wi told
/// Yonhap", "according to Wi, cited by Yonhap", "Caliber.Az reports per Korean media").
public struct ExtractedSource: Sendable, Equatable {
    /// The speaker's name as the extractor gives it in `ExtractedQuantity.source`.
    public var name: String
    /// Who they are, in lower case where the text capitalized it only to start the sentence.
    public var role: String?
    /// The name of the speaker or outlet that relayed their words, the next link toward the reader.
    public var via: String?
}

/// Everything the extractor reads in a text: its quantities, its sentences and its speakers.
public struct TextReading: Sendable {
    /// The quantities, in text order.
    public var quantities: [ExtractedQuantity] = []
    /// Every sentence, in text order.
    public var sentences: [ExtractedSentence] = []
    /// Every speaker with a role or a medium, in the order first found.
    public var sources: [ExtractedSource] = []
    /// The outlet the text names as its publisher: the `X` of "X reports per Y".
    public var outlet: String?

    /// Records what one sentence's attribution says of its speakers.
    mutating func note(_ finding: Attribution.Finding) {
        for (name, role) in finding.roles { update(name) { if $0.role == nil { $0.role = role } } }
        for (speaker, medium) in finding.media where speaker != medium { update(speaker) { if $0.via == nil { $0.via = medium } } }
        if outlet == nil, let relayer = finding.relayer { outlet = relayer }
    }

    private mutating func update(_ name: String, _ change: (inout ExtractedSource) -> Void) {
        if let i = sources.firstIndex(where: { $0.name == name }) {
            change(&sources[i])
        } else {
            var source = ExtractedSource(name: name)
            change(&source)
            sources.append(source)
        }
    }
}
