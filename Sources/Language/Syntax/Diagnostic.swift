/// What went wrong with an input: a kind, a message, and the span of the input at fault.
public struct Diagnostic: Error, Sendable, Equatable {
    /// The class of error, printed as `error[kind]`.
    public var kind: Kind
    /// One line saying what is wrong.
    public var message: String
    /// The bytes of the input at fault, when the error has a position.
    public var span: SourceSpan?
    /// A short label drawn beside the caret ("expected a number").
    public var label: String?
    /// Advice: what to type instead, or a suggestion for a misspelt name.
    public var help: String?

    /// Creates a diagnostic.
    public init(_ kind: Kind, _ message: String, at span: SourceSpan? = nil, label: String? = nil, help: String? = nil) {
        self.kind = kind
        self.message = message
        self.span = span
        self.label = label
        self.help = help
    }

    /// The classes of error; each is named in `error[...]` and documented in docs/language.md.
    public enum Kind: String, Sendable, CaseIterable {
        /// The input does not parse.
        case syntax
        /// A name (variable, fact, function) is not defined.
        case unknownName = "unknown-name"
        /// A unit is not defined.
        case unknownUnit = "unknown-unit"
        /// Quantities of different dimensions were combined or converted.
        case dimension
        /// Two currencies met with no stated exchange rate between them.
        case rate
        /// Division by zero or by a range containing zero.
        case divisionByZero = "division-by-zero"
        /// A result too large (or small) to represent.
        case overflow
        /// A vague fact was used in arithmetic.
        case vague
        /// A function got the wrong arguments.
        case argument
        /// A meta-command was misused or is unknown.
        case command
        /// An input exceeded a resource limit (nesting, length, samples).
        case limit
        /// The computation was interrupted by Ctrl-C.
        case interrupted
        /// A value of the wrong kind (a range where a number is needed, and so on).
        case value
        /// A file could not be read or written (reported by the shell layer).
        case io
    }
}
