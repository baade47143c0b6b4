/// An exchange rate a story states: `rate usd_krw` with `value: 1 USD = 1,380 KRW`, a source and a
/// date. The Language layer reads the two amounts with its own parser.
public struct StatedRate: Sendable, Equatable {
    /// The record's id.
    public var id: String
    /// The two amounts, as written: `1 USD = 1,380 KRW`.
    public var value: String
    /// The id of the source that gives the rate.
    public var sourceId: String
    /// When it held: YYYY, YYYY-MM or YYYY-MM-DD.
    public var date: String
    /// The line of the `value:` field (for errors in the amounts).
    public var line: Int
    /// Notes on the rate.
    public var notes: [String] = []

    /// Whether `text` is a date as story files write them: YYYY, YYYY-MM or YYYY-MM-DD.
    public static func isDate(_ text: String) -> Bool { StoryBuilder.isDate(text) }

    /// Creates a stated rate.
    public init(id: String, value: String, sourceId: String, date: String, line: Int) {
        self.id = id
        self.value = value
        self.sourceId = sourceId
        self.date = date
        self.line = line
    }
}
