/// One outside estimate an assumption is drawn from ("FAO/WFP, 2010: 5.35 million t/year").
public struct Estimate: Sendable, Equatable {
    /// The estimated amount, in the assumption's unit.
    public var value: Double
    /// The id of the source that made it.
    public var sourceId: String
    /// The year of the estimate, as written ("2010", "2010/11").
    public var year: String
    /// What exactly was estimated, when the file says.
    public var basis: String

    /// Creates an estimate.
    public init(value: Double, sourceId: String, year: String, basis: String) {
        self.value = value
        self.sourceId = sourceId
        self.year = year
        self.basis = basis
    }
}
