/// A news story loaded from a dossier data file: the article, its sources, and what it states.
///
/// The Language layer relies on the members declared here (ids, values, units, qualifiers,
/// hedges, formulas); everything else about the model belongs to the Story target.
public struct Story: Sendable {
    /// A short stable id for the story (used in notebook headers).
    public var id: String
    /// The article's headline, exactly as published.
    public var title: String
    /// The outlet that published it.
    public var outlet: String
    /// The author's name.
    public var author: String
    /// The numeric facts the article states.
    public var facts: [Fact]
    /// Numbers the article does not give but an analysis needs; always shown as assumptions.
    public var assumptions: [Fact]
    /// The article's own arithmetic, to be re-checked by `:check`.
    public var checkableClaims: [CheckableClaim]
    /// A hash of the data file's text, recorded in notebook headers (`sha256:` and 64 hex digits).
    /// A story read from a file works it out when first asked.
    public var contentHash: String {
        get { hash.value }
        set { hash = ContentHash(newValue) }
    }
    /// Where `contentHash` comes from.
    var hash: ContentHash
    /// The data format's version the file declared (`dossier-story 1`).
    public var formatVersion: Int = StoryReader.formatVersion
    /// The publication date as written in the file (`2024-10-22`), when known.
    public var date: String?
    /// The article's web address, when known.
    public var url: String?
    /// The article text, split into paragraphs and sentences.
    public var article: Article = Article(title: "", paragraphs: [], byline: nil)
    /// Who said what, and through whom it reached the article.
    public var sources: [Source] = []
    /// The article's statements that carry no number.
    public var claims: [Claim] = []
    /// Exchange rates the story states, each with its source and date (`rate` records).
    public var rates: [StatedRate] = []

    /// Creates a story from its parts.
    public init(
        id: String, title: String, outlet: String, author: String,
        facts: [Fact], assumptions: [Fact], checkableClaims: [CheckableClaim], contentHash: String
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.author = author
        self.facts = facts
        self.assumptions = assumptions
        self.checkableClaims = checkableClaims
        self.hash = ContentHash(contentHash)
    }
}

/// How a fact states its amount.
public enum FactValue: Sendable, Equatable {
    /// One number ("$2,000").
    case point(Double)
    /// An interval ("600,000 to 700,000").
    case range(Double, Double)
    /// A lower bound ("over $200 million": strict; "at least": not strict).
    case lowerBound(Double, strict: Bool)
    /// An upper bound ("under", "at most").
    case upperBound(Double, strict: Bool)
    /// An amount the text leaves vague ("thousands"), kept as its words.
    case vague(String)
}

/// A named quantity stated by the article (or, for assumptions, by an outside source).
public struct Fact: Sendable {
    /// The id users type (`soldier_pay`).
    public var id: String
    /// The amount.
    public var value: FactValue
    /// The unit, in Dossier's unit notation (`USD/month`, `t/year`; empty for a count).
    public var unit: String
    /// The qualifier words as printed ("around", "about", "over", "if 10,000 troops are sent").
    public var qualifier: String?
    /// Hedge words in the sentence, with their class.
    public var hedges: [Hedge]
    /// The data file's line where the fact is defined (for errors found after loading).
    public var line: Int
    /// A short description of what the number counts ("monthly pay of a North Korean soldier").
    public var about: String
    /// The id of the source that stated it (empty for an assumption, whose estimates name theirs).
    public var sourceId: String
    /// How the article ties the statement to its source.
    public var attribution: Attribution
    /// The exact span of the article the fact comes from (nil for an assumption).
    public var quote: Quote?
    /// For an assumption: the outside estimates it is drawn from.
    public var estimates: [Estimate]
    /// Remarks from the file's author, shown with the fact.
    public var notes: [String]

    /// The shape of the value, as `:facts kind:` filters it.
    public var kind: FactKind { FactKind(value) }
}

extension Fact {
    // In an extension, so the struct keeps its memberwise initializer, which builds a fact in one
    // step (an initializer assigning each stored property copies the whole fact once more).

    /// Creates a fact.
    public init(id: String, value: FactValue, unit: String, qualifier: String?, hedges: [Hedge], line: Int) {
        self.init(id: id, value: value, unit: unit, qualifier: qualifier, hedges: hedges, line: line,
                  about: "", sourceId: "", attribution: .stated, quote: nil, estimates: [], notes: [])
    }
}

/// A hedge word and its class.
public struct Hedge: Sendable, Equatable {
    /// The word as printed ("reportedly").
    public var word: String
    /// Its class.
    public var kind: HedgeKind

    /// Creates a hedge.
    public init(word: String, kind: HedgeKind) {
        self.word = word
        self.kind = kind
    }
}

/// The classes of hedge a statement can carry.
public enum HedgeKind: String, Sendable, CaseIterable {
    /// Someone else says so ("reportedly", "said", "reports").
    case reportative
    /// Someone holds it true ("believed", "believe").
    case belief
    /// It may be so ("could", "would", "may").
    case possibility
    /// It is probably so ("likely", "expected").
    case probability
    /// The number is not exact ("about", "around", "approximately").
    case approximator
    /// It holds only under a condition ("if").
    case conditional
}

/// The shape of a fact's value.
public enum FactKind: String, Sendable, CaseIterable {
    /// One number.
    case point
    /// An interval.
    case range
    /// A one-sided bound.
    case bound
    /// Words with no number.
    case vague

    /// The kind of `value`.
    public init(_ value: FactValue) {
        switch value {
        case .point: self = .point
        case .range: self = .range
        case .lowerBound, .upperBound: self = .bound
        case .vague: self = .vague
        }
    }
}

/// The article's own arithmetic: a formula over fact ids and the result it states.
public struct CheckableClaim: Sendable {
    /// The claim's id.
    public var id: String
    /// The formula in Dossier's expression language (`soldier_pay * troops_if_sent * 12 month`).
    public var formula: String
    /// The id of the fact holding the stated result.
    public var statedFactId: String
    /// The data file's line where the claim is defined.
    public var line: Int
    /// What the arithmetic says, in words.
    public var about: String = ""
    /// The article's words for it, when given.
    public var quote: Quote?

    /// Creates a checkable claim.
    public init(id: String, formula: String, statedFactId: String, line: Int) {
        self.id = id
        self.formula = formula
        self.statedFactId = statedFactId
        self.line = line
    }
}
