import Compute
import Quantity

/// Why a program's run stopped.
enum StepFailure: Error, Equatable {
    /// A division by zero, or by a range or a draw that reaches zero.
    case division
    /// A result beyond ±1.8e308.
    case overflow
    /// A result that is not a number (∞ − ∞).
    case undefined
    /// A range's ends out of order, or a conversion target that is no longer a plain unit.
    case value
    /// The engine cannot run this step (a template with a call).
    case unsupported
}

/// What a kind of value does at each step of a `Program`. Each engine is one such kind: the
/// step's meaning is written once per kind, the order of steps once, in `ProgramRunner`.
protocol ProgramEngine {
    associatedtype Value
    mutating func literal(_ x: Double) -> Value
    mutating func constant(_ c: Interval) -> Value
    mutating func input(_ k: Int32) -> Value
    mutating func range(_ k: Int32, _ lo: Value, _ hi: Value, borrow: Interval?) throws(StepFailure) -> Value
    mutating func add(_ a: Value, _ b: Value) throws(StepFailure) -> Value
    mutating func subtract(_ a: Value, _ b: Value) throws(StepFailure) -> Value
    mutating func multiply(_ a: Value, _ b: Value) throws(StepFailure) -> Value
    mutating func divide(_ a: Value, _ b: Value) throws(StepFailure) -> Value
    mutating func negate(_ a: Value) -> Value
    mutating func scale(_ a: Value, by k: Double) -> Value
    mutating func power(_ a: Value, _ p: Double) throws(StepFailure) -> Value
    mutating func call(_ f: ComputeFunction, _ arguments: [Value]) throws(StepFailure) -> Value
    /// Checks a conversion's target (popped; the value converted stays on the stack).
    mutating func convert(_ target: Value, factor: Double) throws(StepFailure)
}

/// Runs a `Program` with an engine: the one interpreter of the checked form.
enum ProgramRunner {
    /// The program's value. `literals` replaces the program's own (a template's rerun).
    static func run<E: ProgramEngine>(_ p: Program, literals: [Double]? = nil, _ engine: inout E) throws(StepFailure) -> E.Value {
        let literals = literals ?? p.literals
        var stack: [E.Value] = []
        stack.reserveCapacity(p.depth)
        var registers: [E.Value?] = p.registers == 0 ? [] : Array(repeating: nil, count: p.registers)
        var next = 0
        for op in p.ops {
            switch op {
            case .literal:
                guard next < literals.count else { throw .unsupported }
                stack.append(engine.literal(literals[next]))
                next += 1
            case .constant(let c): stack.append(engine.constant(c))
            case .input(let k): stack.append(engine.input(k))
            case .range(let k, let borrow):
                let hi = stack.removeLast(), lo = stack.removeLast()
                stack.append(try engine.range(k, lo, hi, borrow: borrow))
            case .add:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(try engine.add(a, b))
            case .subtract:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(try engine.subtract(a, b))
            case .multiply:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(try engine.multiply(a, b))
            case .divide:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(try engine.divide(a, b))
            case .negate: stack.append(engine.negate(stack.removeLast()))
            case .scale(let k): stack.append(engine.scale(stack.removeLast(), by: k))
            case .power(let p):
                stack.removeLast()  // the exponent, fixed when checked
                stack.append(try engine.power(stack.removeLast(), p))
            case .call(let f, let n):
                let arguments = Array(stack.suffix(Int(n)))
                stack.removeLast(Int(n))
                stack.append(try engine.call(ComputeLibrary.all[Int(f)], arguments))
            case .store(let r): registers[Int(r)] = stack.removeLast()
            case .load(let r): stack.append(registers[Int(r)]!)
            case .convert(let factor): try engine.convert(stack.removeLast(), factor: factor)
            }
        }
        guard stack.count == 1, next == literals.count else { throw .unsupported }
        return stack[0]
    }
}
