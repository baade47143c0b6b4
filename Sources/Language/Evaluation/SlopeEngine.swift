import Compute
import Quantity

/// Runs a program on `Slope`s: the value and its derivative with respect to each input, as
/// intervals over a box of the inputs. Each step's derivative rule sits beside its interval rule;
/// a computation-module function brings its own (`ComputeFunction.slope`). A step undefined
/// somewhere in the box (a divisor reaching zero) stops the run.
struct SlopeEngine: ProgramEngine {
    /// The box: each input's range.
    let box: [Interval]

    func literal(_ x: Double) -> Slope { Slope(constant: Interval(point: x)) }
    func constant(_ c: Interval) -> Slope { Slope(constant: c) }
    func input(_ k: Int32) -> Slope { Slope(input: Int(k), of: box.count, box[Int(k)]) }
    func range(_ k: Int32, _ lo: Slope, _ hi: Slope, borrow: Interval?) throws(StepFailure) -> Slope { input(k) }

    func add(_ a: Slope, _ b: Slope) throws(StepFailure) -> Slope {
        Slope(value: a.value + b.value, gradient: Slope.chain([Interval(point: 1), Interval(point: 1)], [a, b]))
    }
    func subtract(_ a: Slope, _ b: Slope) throws(StepFailure) -> Slope {
        Slope(value: a.value - b.value, gradient: Slope.chain([Interval(point: 1), Interval(point: -1)], [a, b]))
    }
    /// (ab)' = a'b + ab'
    func multiply(_ a: Slope, _ b: Slope) throws(StepFailure) -> Slope {
        Slope(value: a.value * b.value, gradient: Slope.chain([b.value, a.value], [a, b]))
    }
    /// (a/b)' = a'/b − (a/b)·b'/b
    func divide(_ a: Slope, _ b: Slope) throws(StepFailure) -> Slope {
        guard !b.value.containsZero else { throw .division }
        let q = a.value / b.value, r = b.value.reciprocal
        return Slope(value: q, gradient: Slope.chain([r, -(q * r)], [a, b]))
    }
    func negate(_ a: Slope) -> Slope { scale(a, by: -1) }
    func scale(_ a: Slope, by k: Double) -> Slope {
        Slope(value: a.value.scaled(by: k), gradient: a.gradient.map { $0.scaled(by: k) })
    }

    /// (aᵖ)' = p·aᵖ⁻¹·a'
    func power(_ a: Slope, _ p: Double) throws(StepFailure) -> Slope {
        if p == 0 { return Slope(constant: Interval(point: 1)) }
        guard let value = ExactRange.powerRange(a.value, p), let below = SlopeEngine.powerWithPole(a.value, p - 1) else { throw .value }
        return Slope(value: value, gradient: Slope.chain([below.scaled(by: p)], [a]))
    }

    func call(_ f: ComputeFunction, _ arguments: [Slope]) throws(StepFailure) -> Slope {
        guard let (value, partials) = f.slope(arguments.map(\.value)) else { throw .value }
        return Slope(value: value, gradient: Slope.chain(partials, arguments))
    }

    func convert(_ target: Slope, factor: Double) throws(StepFailure) {}

    /// The range of `xᵉ` over `x`, reaching +∞ where a negative power meets zero at an end of a
    /// range of non-negative numbers (the slope of √x at 0); nil when not a real number throughout.
    static func powerWithPole(_ x: Interval, _ e: Double) -> Interval? {
        if let r = ExactRange.powerRange(x, e) { return r }
        guard e < 0, x.lo == 0, x.hi > 0 else { return nil }
        return Interval(Platform.power(x.hi, e), .infinity)
    }
}
