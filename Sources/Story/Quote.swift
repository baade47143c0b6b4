/// An exact span of the article, anchored as a W3C Web Annotation anchors it: the quoted text
/// (a `TextQuoteSelector`'s `exact`) and its position (a `TextPositionSelector`), counted in
/// Unicode scalars with the end excluded.
public struct Quote: Sendable, Equatable {
    /// The quoted text, exactly as in the article.
    public var exact: String
    /// The first scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int
    /// The 1-based paragraph the quote starts in.
    public var paragraph: Int
    /// The 1-based sentence, within that paragraph, the quote starts in.
    public var sentence: Int

    /// Creates a quote.
    public init(exact: String, start: Int, end: Int, paragraph: Int, sentence: Int) {
        self.exact = exact
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.sentence = sentence
    }

    /// The id of the sentence it starts in ("4.2").
    public var sentenceId: String { "\(paragraph).\(sentence)" }
}
