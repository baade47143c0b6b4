import Quantity
import Story

/// The mutable part of a session, as one value: copied before each input and restored on failure.
package struct SessionState {
    /// The seed the next `:simulate` uses.
    package var seed: UInt64
    /// Significant digits in results (`:set digits N`).
    package var digits = 6
    /// Every unit: the prelude's, then the user's.
    package var units: UnitTable
    /// Variables bound with `let`, by name.
    package var variables: [String: Variable] = [:]
    /// Names of variables in the order they were first bound (for `:vars`).
    package var variableOrder: [String] = []
    /// User functions defined with `fn`.
    package var functions: [String: UserFunction] = [:]
    /// Names of user-defined units, in order.
    package var userUnits: [String] = []
    /// Readings given with `:assume`, by story item index.
    package var overrides: [Int32: Override] = [:]
    /// Exchange rates stated with `:rate`, in order (the story's are `Session.storyRates`); a later one for the same
    /// two currencies takes over, and results keep naming the one they used.
    package var rates: [ExchangeRate] = []
    /// How hedge words read numbers once `:hedge` changed a row; nil for the session's starting
    /// table (read only when first needed: a line with no hedged fact never parses it).
    package var hedges: HedgeTable?
    /// Whether plain arithmetic uses hedged facts' readings (`:set hedges on`) instead of face value.
    package var hedgesOn = false
}

/// A `let` binding.
package struct Variable {
    package var value: Evaluated
    /// The defining expression.
    var expression: Expr
    /// Its checked form, run again wherever the variable is used (so its inputs stay the same
    /// quantities); nil when its value is one number.
    var program: Program?
    /// The expression's text, for `:vars`.
    var source: String
}

/// A `fn` definition.
package struct UserFunction {
    package var parameters: [String]
    var body: Expr
    package var source: String
    /// The body's tree height: how many evaluation levels one call adds.
    var height: Int
}

/// A reading given to a story item for this session by `:assume ID = EXPR`.
package struct Override {
    var value: Evaluated
    package var source: String

    package init(value: Evaluated, source: String) {
        self.value = value
        self.source = source
    }
}
