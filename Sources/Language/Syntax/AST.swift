/// An expression, with the span of input it came from on every node.
///
/// Only the cases with children are boxed: numbers and names, most of a script's nodes, are
/// stored inline and cost no allocation.
package enum Expr {
    /// A number literal, possibly with a scale word (`4 million`).
    case number(Double, SourceSpan)
    /// A name: a variable, fact, assumption or unit.
    case name(String, SourceSpan)
    /// A number followed by a unit (`12 month`, `4 million t`, `3 m^2`): one quantity that binds
    /// tighter than `*` and `/`.
    indirect case withUnit(Expr, unit: String, unitSpan: SourceSpan, power: Int, SourceSpan)
    /// `$2,000`: an amount in USD.
    indirect case dollars(Expr, SourceSpan)
    /// `15%`
    indirect case percent(Expr, SourceSpan)
    /// `-x`
    indirect case negate(Expr, SourceSpan)
    /// `a + b`, `a - b`, `a * b`, `a / b`, `a ^ b`
    indirect case binary(BinaryOperator, Expr, Expr, operatorSpan: SourceSpan, SourceSpan)
    /// `a to b`
    indirect case range(Expr, Expr, SourceSpan)
    /// `f(x, name: y)`
    indirect case call(String, nameSpan: SourceSpan, [Argument], SourceSpan)
    /// `x -> unit`, `x in unit`
    indirect case convert(Expr, Expr, SourceSpan)

    /// The input this node covers.
    package var span: SourceSpan {
        switch self {
        case .number(_, let s), .name(_, let s), .withUnit(_, _, _, _, let s), .dollars(_, let s), .percent(_, let s),
             .negate(_, let s), .binary(_, _, _, _, let s), .range(_, _, let s), .call(_, _, _, let s), .convert(_, _, let s):
            return s
        }
    }

    /// Whether the node is a bare number literal (so `600,000 to 700,000 t` can lend the unit to 600,000).
    var isBareNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

/// The arithmetic operators.
package enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^", of = "of"
}

/// One argument of a call, positional or named (`need: 5.5 Mt`).
package struct Argument {
    var label: String?
    var labelSpan: SourceSpan?
    var value: Expr
}

/// A whole input that is not a meta-command.
package enum Statement {
    /// An expression to evaluate and print.
    case expression(Expr)
    /// `let name = expr`
    case binding(name: String, nameSpan: SourceSpan, Expr)
    /// `fn name(params) = body`
    case function(name: String, nameSpan: SourceSpan, parameters: [(String, SourceSpan)], body: Expr, bodySource: String)
    /// `unit name[, alias...] = expr ["note"]` or, in the prelude, `unit name : Dimension`
    case unit(names: [(String, SourceSpan)], definition: UnitDefinition, note: String?)
}

/// What a `unit` statement defines a unit as.
package enum UnitDefinition {
    /// An expression (`1000 kg`, `year / 12`, `USD / 1380`).
    case expression(Expr)
    /// A base unit of a base dimension (prelude only).
    case base(String, SourceSpan)
    /// A new dimensionless unit (`unit person`).
    case dimensionless
}
