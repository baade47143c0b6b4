import Quantity

/// Writes a `Program` down as the `Evaluator` checks an expression, and notes whether the
/// program can be rerun on another input of the same shape (a template): every number literal
/// it read must be exactly one number token of the input, in order.
package final class ProgramBuilder {
    package private(set) var program = Program()
    /// The input's tokens, when the program may become a template; nil otherwise.
    private let tokens: [Token]?
    private var nextToken = 0
    private var templatable: Bool
    private var height = 0
    private var inputIndex: [InputKey: Int32] = [:]
    /// The work this cell may still do.
    let budget: WorkBudget

    init(tokens: [Token]?, budget: WorkBudget) {
        self.tokens = tokens
        templatable = tokens != nil
        self.budget = budget
        if let tokens { program.ops.reserveCapacity(tokens.count) }
    }

    /// The program, and whether it can serve as a template for the input's shape.
    func finish() -> (Program, templatable: Bool) {
        guard templatable, let tokens else { return (program, false) }
        while nextToken < tokens.count && tokens[nextToken].kind != .number { nextToken += 1 }
        return (program, nextToken == tokens.count)
    }

    /// This shape is checked in full every time (calls, powers, scale words).
    func notTemplatable() { templatable = false }

    /// A number literal of the input at `span`.
    func literal(_ value: Double, span: SourceSpan) throws(Diagnostic) {
        if templatable, let tokens {
            while nextToken < tokens.count && tokens[nextToken].kind != .number { nextToken += 1 }
            // A scale word (`4 million`) makes a literal that is not its token.
            if nextToken < tokens.count, tokens[nextToken].span == span, tokens[nextToken].number == value {
                nextToken += 1
            } else {
                templatable = false
            }
        }
        program.literals.append(value)
        try emit(.literal)
    }

    /// The number of the uncertain input `key`, added with `interval` when first seen.
    func input(_ key: InputKey, _ interval: Interval, endsVary: Bool = false, span: SourceSpan? = nil) -> Int32 {
        if let k = inputIndex[key] { return k }
        let k = Int32(program.inputs.count)
        program.inputs.append(ProgramInput(key: key, interval: interval, endsVary: endsVary, span: span))
        inputIndex[key] = k
        return k
    }

    /// A fresh register.
    func register() -> Int32 {
        program.registers += 1
        return Int32(program.registers - 1)
    }

    /// Appends a step.
    func emit(_ op: Program.Op) throws(Diagnostic) {
        try budget.spend(1)
        program.ops.append(op)
        switch op {
        case .literal, .constant, .input, .load: height += 1
        case .add, .subtract, .multiply, .divide, .power, .range, .convert, .store: height -= 1
        case .call(_, let n): height -= Int(n) - 1
        case .negate, .scale: break
        }
        program.depth = max(program.depth, height)
    }

    /// Appends another program's steps (a variable's): its inputs become this program's (one
    /// quantity stays one input), its literals constants, its registers fresh ones.
    func inline(_ other: Program) throws(Diagnostic) {
        var map: [Int32] = []
        map.reserveCapacity(other.inputs.count)
        for input in other.inputs { map.append(self.input(input.key, input.interval, endsVary: input.endsVary)) }
        let base = Int32(program.registers)
        program.registers += other.registers
        var literal = 0
        for op in other.ops {
            switch op {
            case .literal:
                try emit(.constant(Interval(point: other.literals[literal])))
                literal += 1
            case .input(let k): try emit(.input(map[Int(k)]))
            case .range(let k, let borrow): try emit(.range(map[Int(k)], borrow: borrow))
            case .store(let r): try emit(.store(base + r))
            case .load(let r): try emit(.load(base + r))
            default: try emit(op)
            }
        }
    }
}
