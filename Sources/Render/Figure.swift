/// A result's numbers in a shape a chart can draw: what `:table` and `:simulate` computed, as
/// plain values in the result's display unit, beside the text they print.
///
/// A figure holds no formatting decisions beyond the labels the command printed, so the HTML
/// export and the Jupyter kernel draw the same numbers the terminal shows.
// Indirect: a session clears its figure at every input, and a boxed figure is one reference to drop.
public indirect enum Figure: Sendable, Equatable {
    /// `:table`: one expression over scenarios of one parameter.
    case table(TableFigure)
    /// `:simulate`: a Monte Carlo summary and its histogram.
    case histogram(HistogramFigure)
    /// A listing of text (`:facts`): drawn as an HTML table, no chart.
    case listing(ListingFigure)
}

/// Rows of text under column headings, as a listing command prints them.
public struct ListingFigure: Sendable, Equatable {
    /// What the listing shows (`Facts`, `Facts matching pay`).
    public var title: String
    /// The column headings.
    public var columns: [String]
    /// The rows, each with one text per column.
    public var rows: [[String]]

    /// Creates a listing.
    public init(title: String, columns: [String], rows: [[String]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// What `:table NAME in V1, V2, …: EXPR` computed.
public struct TableFigure: Sendable, Equatable {
    /// The varied name (`troops`).
    public var parameter: String
    /// The expression as typed (`revenue(troops, soldier_pay, 1 year)`).
    public var expression: String
    /// The results' display unit (`USD`, `USD/year`; empty for a plain number).
    public var unit: String
    /// Whether the results are ratios of like quantities (labelled as percentages).
    public var isRatio: Bool
    /// One row per scenario, in the order typed.
    public var rows: [TableRow]

    /// Creates a table figure.
    public init(parameter: String, expression: String, unit: String, isRatio: Bool = false, rows: [TableRow]) {
        self.parameter = parameter
        self.expression = expression
        self.unit = unit
        self.isRatio = isRatio
        self.rows = rows
    }
}

/// One scenario of a table: the parameter's value and the expression's result.
public struct TableRow: Sendable, Equatable {
    /// The parameter's value as printed (`3,000`, `5 %`).
    public var label: String
    /// The parameter's value as a number in its display unit, when it is one number (for a line chart).
    public var parameterValue: Double?
    /// The result's low end in the display unit (equal to `high` for a point; may be -∞).
    public var low: Double
    /// The result's high end in the display unit (may be +∞ for "over …").
    public var high: Double
    /// The result as printed (`240,000,000 USD   (240 million)`).
    public var text: String

    /// Creates a row.
    public init(label: String, parameterValue: Double?, low: Double, high: Double, text: String) {
        self.label = label
        self.parameterValue = parameterValue
        self.low = low
        self.high = high
        self.text = text
    }

    /// Whether the result is one number rather than a range.
    public var isPoint: Bool { low == high }
}

/// What `:simulate EXPR` computed: the summary of its draws, in the result's display unit.
public struct HistogramFigure: Sendable, Equatable {
    /// The expression as typed.
    public var expression: String
    /// The display unit (empty for a plain number).
    public var unit: String
    /// Whether the result is a ratio of like quantities (labelled as percentages).
    public var isRatio: Bool
    /// How many draws.
    public var samples: Int
    /// The seed the draws followed.
    public var seed: UInt64
    /// The arithmetic mean.
    public var mean: Double
    /// The 5th percentile.
    public var p5: Double
    /// The median.
    public var p50: Double
    /// The 95th percentile.
    public var p95: Double
    /// The histogram's bins, in order, each with its draw count.
    public var bins: [HistogramBin]

    /// Creates a histogram figure.
    public init(expression: String, unit: String, isRatio: Bool = false, samples: Int, seed: UInt64,
                mean: Double, p5: Double, p50: Double, p95: Double, bins: [HistogramBin]) {
        self.expression = expression
        self.unit = unit
        self.isRatio = isRatio
        self.samples = samples
        self.seed = seed
        self.mean = mean
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
        self.bins = bins
    }
}

/// One bin of a histogram: draws from `low` up to `high`.
public struct HistogramBin: Sendable, Equatable {
    /// The lower edge.
    public var low: Double
    /// The upper edge.
    public var high: Double
    /// How many draws fell in it.
    public var count: Int

    /// Creates a bin.
    public init(low: Double, high: Double, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }
}
