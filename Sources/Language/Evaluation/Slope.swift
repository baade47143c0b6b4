import Quantity

/// A value with its slopes over a box of inputs: an interval holding the value everywhere in the
/// box, and for each input an interval holding the derivative with respect to it everywhere in
/// the box (forward-mode differentiation run in interval arithmetic). Where a derivative's
/// interval keeps one sign, the value rises (or falls) with that input across the whole box, so
/// its least and greatest values lie at corners (`ExactRange`).
struct Slope {
    /// Holds the value at every point of the box.
    var value: Interval
    /// Holds ∂value/∂input k at every point of the box; empty for a constant (every slope zero).
    var gradient: [Interval]

    /// A constant.
    init(constant: Interval) {
        value = constant
        gradient = []
    }

    init(value: Interval, gradient: [Interval]) {
        self.value = value
        self.gradient = gradient
    }

    /// Input `k` of `count`, which spans `interval`.
    init(input k: Int, of count: Int, _ interval: Interval) {
        value = interval
        gradient = Array(repeating: Slope.zero, count: count)
        gradient[k] = Interval(point: 1)
    }

    static let zero = Interval(point: 0)

    /// The slope of input `k` (zero when the value does not depend on any input).
    func slope(_ k: Int) -> Interval { gradient.isEmpty ? Slope.zero : gradient[k] }

    /// `Σ factors[j] · gradients[j]`: the chain rule, for a step whose partial derivative with
    /// respect to its argument j lies in `factors[j]`. (0 × ∞ is 0 in `Interval`: an argument
    /// that does not depend on an input passes no slope, however steep the step.)
    static func chain(_ factors: [Interval], _ arguments: [Slope]) -> [Interval] {
        var out: [Interval] = []
        for (f, a) in zip(factors, arguments) where !a.gradient.isEmpty {
            if out.isEmpty { out = Array(repeating: zero, count: a.gradient.count) }
            for k in out.indices where !(a.gradient[k].isPoint && a.gradient[k].lo == 0) { out[k] = out[k] + f * a.gradient[k] }
        }
        return out
    }
}
