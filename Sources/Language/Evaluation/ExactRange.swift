import Quantity

/// The range of a program's result over its uncertain inputs, each counted once.
///
/// Interval arithmetic is exact when no step combines two values that share an input (each input
/// reaches the result along one path). Otherwise, when the result is a sum of monomials that
/// rises or falls with each input across the whole box of inputs (so `g / g`, `x - x` and
/// `(need - supply) / need`), its least and greatest values sit at two corners of the box, which
/// are computed. Anything else keeps the interval arithmetic's bounds, which contain every value
/// but may be wider than the truth, and says so.
enum ExactRange {
    /// The result's range, and whether it is known to be no wider than the truth.
    static func of(_ p: Program, literals: [Double]? = nil, naive: Interval, budget: WorkBudget) throws(Diagnostic) -> (Interval, exact: Bool) {
        let inputs = p.inputs
        guard inputs.contains(where: { !$0.interval.isPoint }) else { return (naive, true) }
        guard inputs.count <= 64, !inputs.contains(where: \.endsVary) else { return (naive, false) }
        var forms = FormEngine(count: inputs.count)
        guard let form = try? ProgramRunner.run(p, literals: literals, &forms) else { return (naive, false) }
        try budget.spend(p.ops.count * inputs.count)
        if !form.shared { return (naive, true) }
        guard let terms = form.terms else { return (naive, false) }
        let box = inputs.map(\.interval)
        guard let range = try corners(p, literals: literals, terms: terms, box: box, splits: 0, budget: budget) else { return (naive, false) }
        // Rounding aside, the corners lie inside the interval arithmetic's bounds; if not, trust those.
        let slack = 1e-9 * max(abs(naive.lo), abs(naive.hi), 1)
        guard range.lo >= naive.lo - slack, range.hi <= naive.hi + slack else { return (naive, false) }
        return (range, true)
    }

    /// The range of the program over `box`, from the two corners where the sum of `terms` is least
    /// and greatest; an input it is not monotone in but which spans zero is split there (each
    /// monomial is monotone on either side of zero). Nil when that does not settle it.
    static func corners(_ p: Program, literals: [Double]?, terms: [FormEngine.Monomial], box: [Interval], splits: Int, budget: WorkBudget) throws(Diagnostic) -> Interval? {
        var directions: [Int] = []
        for k in box.indices {
            if let d = direction(terms, k, box) { directions.append(d); continue }
            guard splits < maxSplits, box[k].lo < 0, box[k].hi > 0 else { return nil }
            var below = box, above = box
            below[k] = Interval(box[k].lo, 0, loOpen: box[k].loOpen)
            above[k] = Interval(0, box[k].hi, hiOpen: box[k].hiOpen)
            guard let a = try corners(p, literals: literals, terms: terms, box: below, splits: splits + 1, budget: budget),
                  let b = try corners(p, literals: literals, terms: terms, box: above, splits: splits + 1, budget: budget) else { return nil }
            return a.hull(b)
        }
        // Lane 0 is the corner where the result is least, lane 1 where it is greatest.
        var lanes: [Samples] = []
        for (k, x) in box.enumerated() {
            switch directions[k] {
            case 1: lanes.append(.vector([x.lo, x.hi]))
            case -1: lanes.append(.vector([x.hi, x.lo]))
            default: lanes.append(.scalar(x.lo.isFinite ? x.lo : (x.hi.isFinite ? x.hi : 0)))  // any value: the result does not change
            }
        }
        var engine = LaneEngine(count: 2, inputs: lanes, requireFinite: false, budget: budget)
        let values: Samples
        do throws(StepFailure) {
            values = try ProgramRunner.run(p, literals: literals, &engine)
        } catch {
            if let stopped = engine.stopped { throw stopped }
            return nil
        }
        let lo = values.at(0), hi = values.at(1)
        guard !lo.isNaN, !hi.isNaN, lo <= hi else { return nil }
        // An end is open when a varying input stands at an open end there ("over 200 million").
        var loOpen = false, hiOpen = false
        for (k, x) in box.enumerated() where directions[k] != 0 {
            if directions[k] == 1 { loOpen = loOpen || x.loOpen; hiOpen = hiOpen || x.hiOpen }
            else { loOpen = loOpen || x.hiOpen; hiOpen = hiOpen || x.loOpen }
        }
        return Interval(lo, hi, loOpen: loOpen && lo.isFinite || lo == -.infinity, hiOpen: hiOpen && hi.isFinite || hi == .infinity)
    }

    /// How many times the box may be split at zero (each split doubles the corners run).
    static let maxSplits = 6

    /// +1 when the sum of `terms` rises with input `k` over the whole box of inputs, -1 when it
    /// falls, 0 when it does not depend on it; nil when that cannot be shown. The derivative
    /// `Σ c·e·x_k^(e-1)·Π x_j^e_j` is bounded by interval arithmetic over the box: a sign it keeps
    /// everywhere is the direction.
    static func direction(_ terms: [FormEngine.Monomial], _ k: Int, _ box: [Interval]) -> Int? {
        var slope = Interval(point: 0)
        var depends = false
        for m in terms where m.exponents[k] != 0 {
            depends = true
            var term = Interval(point: m.coefficient * m.exponents[k])
            for (j, e) in m.exponents.enumerated() {
                let power = j == k ? e - 1 : e
                guard power != 0 else { continue }
                guard let p = powerRange(box[j], power) else { return nil }
                term = term * p
            }
            slope = slope + term
        }
        if !depends { return 0 }
        if slope.hasNaN { return nil }
        if slope.lo >= 0 { return 1 }
        if slope.hi <= 0 { return -1 }
        return nil
    }

    /// The range of `x^e` over `x`, or nil when it is not a real number throughout (or unbounded
    /// through a pole).
    static func powerRange(_ x: Interval, _ e: Double) -> Interval? {
        if let n = Int(exactly: e) {
            if n < 0 && x.containsZero { return nil }
            return x.power(n)
        }
        guard x.lo >= 0, !(e < 0 && x.lo == 0) else { return nil }
        let a = Platform.power(x.lo, e), b = Platform.power(x.hi, e)
        return Interval(min(a, b), max(a, b))
    }
}
