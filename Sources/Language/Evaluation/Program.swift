import Compute
import Quantity

/// The checked form of an expression: what every engine runs.
///
/// The `Evaluator` resolves names, checks dimensions and units and collects provenance once,
/// and writes the amount's arithmetic down as this program for a small stack machine, in base
/// units. `ProgramRunner` runs it with one of three kinds of value:
///
/// - intervals (`IntervalEngine`): a later script line of the same shape reruns the program on
///   its own numbers (the `TemplateCache`);
/// - lanes of numbers (`LaneEngine`): the corners of the inputs' box for exact ranges
///   (`ExactRange`), and blocks of Monte Carlo draws for `:simulate` (`Sampler`);
/// - symbolic sums of monomials and their quotients (`FormEngine`), and values with their
///   derivatives over a box of inputs (`SlopeEngine`): whether the result is monotone in each input.
///
/// Each uncertain quantity — a story item, a variable's inputs, a range written once — is one
/// `ProgramInput`, however often the expression uses it.
package struct Program {
    /// One step of the stack machine.
    enum Op {
        /// The input's next number literal (a template reruns the program on other literals).
        case literal
        /// A fixed amount: a unit's size, a point fact or variable.
        case constant(Interval)
        /// Uncertain input `k`.
        case input(Int32)
        /// `a to b` written in the input: pops both ends; the range is input `k`. `borrow` is the
        /// unit size a bare-number low end takes from the high end (`600,000 to 700,000 t`).
        case range(Int32, borrow: Interval?)
        case add, subtract, multiply, divide, negate
        /// `%`: a scale by 0.01.
        case scale(Double)
        /// A power by an exponent fixed when checked: pops the base and the exponent.
        case power(Double)
        /// A computation-module function (index into `ComputeLibrary.all`); its arguments are on
        /// the stack in parameter order.
        case call(Int32, arguments: Int32)
        /// Pops into register `r` (a user function's argument) ...
        case store(Int32)
        /// ... and pushes it again where the body uses it.
        case load(Int32)
        /// `x -> unit`: pops the target, which must still be one of a unit of this size.
        case convert(factor: Double)
    }

    /// The steps, in order.
    var ops: [Op] = []
    /// The uncertain inputs, by number.
    var inputs: [ProgramInput] = []
    /// The values of the `.literal` steps, in order, as first checked.
    var literals: [Double] = []
    /// How many registers the steps use.
    var registers = 0
    /// The deepest the stack gets.
    var depth = 0

    /// Whether any input is uncertain (not a single number).
    var hasUncertainInputs: Bool { inputs.contains { !$0.interval.isPoint } }
}

/// One uncertain quantity of a program.
struct ProgramInput {
    /// What it is, so a second use of the same quantity finds the same input.
    var key: InputKey
    /// Its range, in base units (for a range written in the input: as last computed).
    var interval: Interval
    /// Whether its range was computed from other uncertain inputs (`x to 2 * x`): it is then
    /// treated as a quantity of its own, so results using it may be wider than the truth.
    var endsVary = false
    /// Where the expression first uses it (nil when that is in another source, a variable's).
    var span: SourceSpan? = nil
}

/// Identifies an uncertain quantity: a story item, or a range written at a place in a source
/// (an expression, a variable's definition, a function body at one call).
struct InputKey: Hashable {
    /// Who owns the place: `InputKey.story` for story items, else a scope number.
    var owner: Int64
    /// The story item's index, or the byte offset of the range in its source.
    var position: Int64

    static let story: Int64 = -1

    /// A story item (a fact or assumption, or its `:assume` reading).
    static func item(_ index: Int32) -> InputKey { InputKey(owner: story, position: Int64(index)) }
}
