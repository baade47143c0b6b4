/// The paragraphs and sentences of a text as the extractor splits them, for writing a story file.
public struct SentenceMap: Sendable {
    /// One paragraph: its number (0 for the headline) and its sentences' code point ranges.
    public struct Paragraph: Sendable, Equatable {
        public var number: Int
        public var range: Range<Int>
        public var sentences: [Range<Int>]
    }

    /// The paragraphs in text order.
    public var paragraphs: [Paragraph]

    /// Splits `text` as `Extractor.extract` does.
    public init(_ text: String, lexicon: Lexicon = .english) {
        let scalars = Array(text.unicodeScalars)
        let splitter = SentenceSplitter(lexicon: lexicon)
        paragraphs = TextLayout.paragraphs(scalars).map { paragraph in
            let tokens = Tokenizer.tokens(scalars, in: paragraph.range)
            let sentences = splitter.sentences(tokens).map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
            return Paragraph(number: paragraph.number, range: paragraph.range, sentences: sentences)
        }
    }
}
