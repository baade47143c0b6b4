import Compute
import Quantity

/// Runs a program on lanes of numbers at once — one lane per Monte Carlo draw (`Sampler`), or per
/// corner of the inputs' box (`ExactRange`) — one step over a whole block at a time.
struct LaneEngine: ProgramEngine {
    /// Lanes in a block.
    let count: Int
    /// Each input's lanes (drawn, or its ends at the corners).
    let inputs: [Samples]
    /// Whether a step that leaves the finite numbers stops the run (draws), or is kept (corners,
    /// where an open end of "over 200 million" is +∞).
    let requireFinite: Bool
    /// The cell's budget: each step spends one operation per lane.
    let budget: WorkBudget
    /// Set when the budget ran out or Ctrl-C was pressed (a step's failure cannot carry it).
    var stopped: Diagnostic?

    init(count: Int, inputs: [Samples], requireFinite: Bool, budget: WorkBudget) {
        self.count = count
        self.inputs = inputs
        self.requireFinite = requireFinite
        self.budget = budget
    }

    func literal(_ x: Double) -> Samples { .scalar(x) }
    func constant(_ c: Interval) -> Samples { .scalar(c.lo) }
    func input(_ k: Int32) -> Samples { inputs[Int(k)] }
    func range(_ k: Int32, _ lo: Samples, _ hi: Samples, borrow: Interval?) throws(StepFailure) -> Samples { inputs[Int(k)] }

    mutating func add(_ a: Samples, _ b: Samples) throws(StepFailure) -> Samples { try step(Samples.zip(a, b, count, +), .overflow) }
    mutating func subtract(_ a: Samples, _ b: Samples) throws(StepFailure) -> Samples { try step(Samples.zip(a, b, count, -), .overflow) }
    mutating func multiply(_ a: Samples, _ b: Samples) throws(StepFailure) -> Samples { try step(Samples.zip(a, b, count, *), .overflow) }
    mutating func divide(_ a: Samples, _ b: Samples) throws(StepFailure) -> Samples {
        // A finite quotient that overflows came from a tiny divisor: blame the division then.
        try step(Samples.zip(a, b, count, /), .division)
    }
    func negate(_ a: Samples) -> Samples { a.map(count) { -$0 } }
    func scale(_ a: Samples, by k: Double) -> Samples { a.map(count) { $0 * k } }
    mutating func power(_ a: Samples, _ p: Double) throws(StepFailure) -> Samples { try step(a.map(count) { Platform.power($0, p) }, .overflow) }

    mutating func call(_ f: ComputeFunction, _ arguments: [Samples]) throws(StepFailure) -> Samples {
        if arguments.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
            return try step(.scalar(f.kernel(arguments.map { $0.at(0) })), .overflow)
        }
        var out = [Double](repeating: 0, count: count)
        var args = [Double](repeating: 0, count: arguments.count)
        for i in 0..<count {
            for j in 0..<arguments.count { args[j] = arguments[j].at(i) }
            out[i] = f.kernel(args)
        }
        return try step(.vector(out), .overflow)
    }

    func convert(_ target: Samples, factor: Double) throws(StepFailure) {}

    /// Spends the step's work, and checks its lanes stayed finite when that is required.
    private mutating func step(_ v: Samples, _ failure: StepFailure) throws(StepFailure) -> Samples {
        do throws(Diagnostic) { try budget.spend(count) } catch { stopped = error; throw .unsupported }
        guard requireFinite else { return v }
        switch v {
        case .scalar(let x): if !x.isFinite { throw x.isNaN ? .undefined : failure }
        case .vector(let xs):
            for x in xs where !x.isFinite { throw x.isNaN ? .undefined : failure }
        }
        return v
    }
}
