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
        // The stack is a temporary buffer (on the machine stack when small): this runs for every
        // line of a script.
        let result = withUnsafeTemporaryAllocation(of: E.Value.self, capacity: max(p.depth, 1)) { buffer in
            p.ops.withUnsafeBufferPointer { ops in
                (literals ?? p.literals).withUnsafeBufferPointer { literals in
                    Result { () throws(StepFailure) -> E.Value in try run(ops, p.registers, literals: literals, &engine, stack: buffer) }
                }
            }
        }
        return try result.get()
    }

    private static func run<E: ProgramEngine>(_ ops: UnsafeBufferPointer<Program.Op>, _ registerCount: Int, literals: UnsafeBufferPointer<Double>, _ engine: inout E,
                                              stack buffer: UnsafeMutableBufferPointer<E.Value>) throws(StepFailure) -> E.Value {
        let stack = buffer.baseAddress!, capacity = buffer.count
        var top = 0
        defer { stack.deinitialize(count: top) }
        @inline(__always) func push(_ v: E.Value) {
            precondition(top < capacity, "a program deeper than its recorded depth")
            (stack + top).initialize(to: v)
            top += 1
        }
        @inline(__always) func pop() -> E.Value { top -= 1; return (stack + top).move() }
        // Registers only for programs that call user functions (an empty array here would still
        // be made unique, allocating, on every run).
        let registers = registerCount == 0 ? UnsafeMutableBufferPointer<E.Value?>(start: nil, count: 0)
            : UnsafeMutableBufferPointer<E.Value?>.allocate(capacity: registerCount)
        if registerCount > 0 { registers.initialize(repeating: nil) }
        defer {
            if registerCount > 0 {
                _ = registers.deinitialize()
                registers.deallocate()
            }
        }
        var next = 0
        for op in ops {
            switch op {
            case .literal:
                guard next < literals.count else { throw .unsupported }
                push(engine.literal(literals[next]))
                next += 1
            case .constant(let c): push(engine.constant(c))
            case .input(let k): push(engine.input(k))
            case .range(let k, let borrow):
                let hi = pop(), lo = pop()
                push(try engine.range(k, lo, hi, borrow: borrow))
            case .add:
                let b = pop(), a = pop()
                push(try engine.add(a, b))
            case .subtract:
                let b = pop(), a = pop()
                push(try engine.subtract(a, b))
            case .multiply:
                let b = pop(), a = pop()
                push(try engine.multiply(a, b))
            case .divide:
                let b = pop(), a = pop()
                push(try engine.divide(a, b))
            case .negate: push(engine.negate(pop()))
            case .scale(let k): push(engine.scale(pop(), by: k))
            case .power(let e):
                _ = pop()  // the exponent, fixed when checked
                push(try engine.power(pop(), e))
            case .call(let f, let n):
                var arguments: [E.Value] = []
                for i in (top - Int(n))..<top { arguments.append(stack[i]) }
                for _ in 0..<n { _ = pop() }
                push(try engine.call(ComputeLibrary.all[Int(f)], arguments))
            case .store(let r): registers[Int(r)] = pop()
            case .load(let r): push(registers[Int(r)]!)
            case .convert(let factor): try engine.convert(pop(), factor: factor)
            }
        }
        guard top == 1, next == literals.count else { throw .unsupported }
        return pop()
    }
}
