/// A statement of the article that carries no number ("North Korea is believed to be receiving
/// advanced space technology assistance"), with its source and hedges.
public struct Claim: Sendable {
    /// The id the data file gives it.
    public var id: String
    /// The claim in a few words of the file author's own.
    public var about: String
    /// The id of the source that made it.
    public var sourceId: String
    /// How the article ties it to its source.
    public var attribution: Attribution
    /// Hedge words in its sentence, with their class.
    public var hedges: [Hedge]
    /// The article's words for it.
    public var quote: Quote
    /// Remarks from the file's author.
    public var notes: [String]
    /// The data file's line where it is defined.
    public var line: Int

    /// Creates a claim.
    public init(id: String, about: String, sourceId: String, attribution: Attribution, hedges: [Hedge], quote: Quote, notes: [String], line: Int) {
        self.id = id
        self.about = about
        self.sourceId = sourceId
        self.attribution = attribution
        self.hedges = hedges
        self.quote = quote
        self.notes = notes
        self.line = line
    }
}
