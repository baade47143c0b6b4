import Compute
import Quantity

/// Runs a program on intervals, with the checks the `Evaluator` makes (a divisor reaching zero,
/// overflow, a range's ends out of order, a conversion target that is not a unit): how a template
/// reruns a checked shape on another line's numbers. A failed step sends the line back to the
/// `Evaluator`, which reports the error with its spans.
struct IntervalEngine: ProgramEngine {
    /// The program's inputs; a range written in the input gets its interval as it is run.
    var inputs: [ProgramInput]

    func literal(_ x: Double) -> Interval { Interval(point: x) }
    func constant(_ c: Interval) -> Interval { c }
    func input(_ k: Int32) -> Interval { inputs[Int(k)].interval }

    mutating func range(_ k: Int32, _ lo: Interval, _ hi: Interval, borrow: Interval?) throws(StepFailure) -> Interval {
        var lo = lo
        if let borrow { lo = try sound(lo * borrow) }
        guard let v = IntervalEngine.range(lo, hi) else { throw .value }
        inputs[Int(k)].interval = v
        return v
    }

    func add(_ a: Interval, _ b: Interval) throws(StepFailure) -> Interval { try sound(a + b) }
    func subtract(_ a: Interval, _ b: Interval) throws(StepFailure) -> Interval { try sound(a - b) }
    func multiply(_ a: Interval, _ b: Interval) throws(StepFailure) -> Interval { try sound(a * b) }
    func divide(_ a: Interval, _ b: Interval) throws(StepFailure) -> Interval {
        guard !b.containsZero else { throw .division }
        return try sound(a / b)
    }
    func negate(_ a: Interval) -> Interval { -a }
    func scale(_ a: Interval, by k: Double) -> Interval { a.scaled(by: k) }

    func power(_ a: Interval, _ p: Double) throws(StepFailure) -> Interval {
        if let n = Int(exactly: p), abs(n) <= 10_000 {
            if n < 0 && a.containsZero { throw .division }
            return try sound(a.power(n))
        }
        guard a.lo >= 0 else { throw .value }
        let x = Platform.power(a.lo, p), y = Platform.power(a.hi, p)
        return try sound(Interval(min(x, y), max(x, y)))
    }

    func call(_ f: ComputeFunction, _ arguments: [Interval]) throws(StepFailure) -> Interval { throw .unsupported }

    func convert(_ target: Interval, factor: Double) throws(StepFailure) {
        guard IntervalEngine.isUnit(target, factor: factor) else { throw .value }
    }

    @inline(__always)
    func sound(_ v: Interval) throws(StepFailure) -> Interval {
        guard Quantity.isSound(v) else { throw v.hasNaN ? .undefined : .overflow }
        return v
    }

    /// The interval `lo to hi` as the evaluator builds it, or nil when the ends are out of order.
    static func range(_ lo: Interval, _ hi: Interval) -> Interval? {
        guard lo.lo <= hi.hi else { return nil }
        return Interval(min(lo.lo, hi.lo), max(lo.hi, hi.hi), loOpen: lo.loOpen, hiOpen: hi.hiOpen)
    }

    /// Whether `target` is one of a unit whose size is `factor` (a conversion target).
    static func isUnit(_ target: Interval, factor: Double) -> Bool {
        target.isPoint && abs(target.lo - factor) <= 1e-12 * factor
    }
}
