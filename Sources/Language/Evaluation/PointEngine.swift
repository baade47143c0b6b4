import Compute
import Quantity

/// Runs a program whose every value is one number — no uncertain input, no range, only point
/// constants — on plain doubles, with the checks the `IntervalEngine` makes on points (a zero
/// divisor, a result beyond ±1.8e308 or not a number, a conversion target that is not a unit):
/// the same results, for the script lines that are most of a batch, at a fraction of the cost.
struct PointEngine: ProgramEngine {
    /// Whether `p` can run here: the `IntervalEngine` would see only points.
    static func accepts(_ p: Program) -> Bool {
        guard p.inputs.isEmpty else { return false }
        for op in p.ops {
            switch op {
            case .constant(let c): if !c.isPoint { return false }
            case .input, .range, .call, .power, .store, .load: return false
            case .literal, .add, .subtract, .multiply, .divide, .negate, .scale, .convert: break
            }
        }
        return true
    }

    func literal(_ x: Double) -> Double { x }
    func constant(_ c: Interval) -> Double { c.lo }
    func input(_ k: Int32) -> Double { .nan }
    func range(_ k: Int32, _ lo: Double, _ hi: Double, borrow: Interval?) throws(StepFailure) -> Double { throw .unsupported }

    func add(_ a: Double, _ b: Double) throws(StepFailure) -> Double { try finite(a + b) }
    func subtract(_ a: Double, _ b: Double) throws(StepFailure) -> Double { try finite(a - b) }
    func multiply(_ a: Double, _ b: Double) throws(StepFailure) -> Double { try finite(a * b) }
    func divide(_ a: Double, _ b: Double) throws(StepFailure) -> Double {
        guard b != 0 else { throw .division }
        return try finite(a / b)
    }
    func negate(_ a: Double) -> Double { -a }
    func scale(_ a: Double, by k: Double) -> Double { a == 0 || k == 0 ? 0 : a * k }
    func power(_ a: Double, _ p: Double) throws(StepFailure) -> Double { throw .unsupported }
    func call(_ f: ComputeFunction, _ arguments: [Double]) throws(StepFailure) -> Double { throw .unsupported }

    func convert(_ target: Double, factor: Double) throws(StepFailure) {
        guard IntervalEngine.isUnit(Interval(point: target), factor: factor) else { throw .value }
    }

    @inline(__always)
    func finite(_ x: Double) throws(StepFailure) -> Double {
        guard x.isFinite else { throw x.isNaN ? .undefined : .overflow }
        return x
    }
}
