import Quantity

/// The range of a program's result over its uncertain inputs, each counted once.
///
/// Interval arithmetic is exact when no step combines two values that share an input (each input
/// reaches the result along one path). Otherwise the result's least and greatest values lie at
/// corners of the box of inputs wherever it rises or falls with each input across the box; two
/// ways show that:
///
/// - the result is a sum of monomials (`FormEngine`): `g / g`, `x - x` and `(need - supply) / need`
///   cancel symbolically, and the sign of each derivative is read from the terms;
/// - otherwise the derivatives are computed in interval arithmetic over the box (`SlopeEngine`):
///   `x / (x + y)`, `deficit_ratio(g, p) * g`, a user function using a parameter twice. Where a
///   derivative may change sign the box is split, a bounded number of times (`SlopeSearch`); the
///   range is the hull of the pieces' ranges.
///
/// Whatever cannot be shown keeps sound bounds (interval arithmetic over the box, or over the
/// pieces), which contain every value but may be wider than the truth, and says so.
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
        let box = inputs.map(\.interval)
        // Rounding aside, the corners lie inside the interval arithmetic's bounds; if not, trust those.
        let slack = 1e-9 * max(abs(naive.lo), abs(naive.hi), 1)
        func inside(_ r: Interval) -> Bool { r.lo >= naive.lo - slack && r.hi <= naive.hi + slack }
        let rational = form.terms.map { Rational(numerator: $0, denominator: form.denominator) }
        if let rational, let range = try corners(p, literals: literals, rational, box: box, splits: 0, budget: budget), inside(range) {
            return (range, true)
        }
        let search = SlopeSearch(program: p, literals: literals, rational: rational, budget: budget)
        guard let (range, exact) = try search.range(over: box) else { return (naive, false) }
        if exact && inside(range) { return (range, true) }
        return (range.intersection(naive), false)
    }

    /// The result as a sum of monomials over another (`FormEngine`).
    struct Rational {
        var numerator: [FormEngine.Monomial]
        /// Empty for 1.
        var denominator: [FormEngine.Monomial]
    }

    /// The range of the program over `box`, from the two corners where `form` is least and
    /// greatest; an input it is not monotone in but which spans zero is split there (each
    /// monomial is monotone on either side of zero). Nil when that does not settle it.
    static func corners(_ p: Program, literals: [Double]?, _ form: Rational, box: [Interval], splits: Int, budget: WorkBudget) throws(Diagnostic) -> Interval? {
        var directions: [Int] = []
        for k in box.indices {
            if let d = direction(form, k, box) { directions.append(d); continue }
            guard splits < maxSplits, box[k].lo < 0, box[k].hi > 0 else { return nil }
            var below = box, above = box
            below[k] = Interval(box[k].lo, 0, loOpen: box[k].loOpen)
            above[k] = Interval(0, box[k].hi, hiOpen: box[k].hiOpen)
            guard let a = try corners(p, literals: literals, form, box: below, splits: splits + 1, budget: budget),
                  let b = try corners(p, literals: literals, form, box: above, splits: splits + 1, budget: budget) else { return nil }
            return a.hull(b)
        }
        return try extremes(p, literals: literals, box: box, directions: directions, budget: budget)
    }

    /// The program's least and greatest values over `box`, given that it rises with input k
    /// across the box where `directions[k]` is 1, falls where it is -1, and does not change with
    /// it where it is 0: its values at the two corners those pick. Nil when a corner has no value.
    static func extremes(_ p: Program, literals: [Double]?, box: [Interval], directions: [Int], budget: WorkBudget) throws(Diagnostic) -> Interval? {
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

    /// +1 when `form` rises with input `k` over the whole box of inputs, -1 when it falls, 0 when
    /// it does not depend on it; nil when that cannot be shown. The derivative of a sum of
    /// monomials, `Σ c·e·x_k^(e-1)·Π x_j^e_j`, or the numerator of a quotient's, N′D − ND′ (the
    /// sign of (N/D)′ = (N′D − ND′)/D²), is bounded by interval arithmetic over the box: a sign it
    /// keeps everywhere is the direction.
    static func direction(_ form: Rational, _ k: Int, _ box: [Interval]) -> Int? {
        let n = form.numerator, d = form.denominator
        guard n.contains(where: { $0.exponents[k] != 0 }) || d.contains(where: { $0.exponents[k] != 0 }) else { return 0 }
        var slope = FormEngine.derivative(n, k)
        if !d.isEmpty {
            let dn = slope, dd = FormEngine.derivative(d, k)
            slope = []
            if !dn.isEmpty {
                guard let x = FormEngine.product(dn, d) else { return nil }
                slope = x
            }
            if !dd.isEmpty && !n.isEmpty {
                guard let y = FormEngine.product(n, dd) else { return nil }
                for m in y { slope = FormEngine.adding(FormEngine.Monomial(coefficient: -m.coefficient, exponents: m.exponents), to: slope) }
            }
        }
        guard let range = range(of: slope, over: box) else { return nil }
        return sign(range)
    }

    /// Bounds on a sum of monomials over `box` (each monomial bounded by interval arithmetic).
    static func range(of terms: [FormEngine.Monomial], over box: [Interval]) -> Interval? {
        var total = Interval(point: 0)
        for m in terms {
            var term = Interval(point: m.coefficient)
            for (j, e) in m.exponents.enumerated() where e != 0 {
                guard let p = powerRange(box[j], e) else { return nil }
                term = term * p
            }
            total = total + term
        }
        return total
    }

    /// +1 when every number in `slope` is at least zero, -1 when none is above zero (0 when it
    /// is zero alone); nil when it has both signs or is not a number.
    static func sign(_ slope: Interval) -> Int? {
        if slope.hasNaN { return nil }
        if slope.lo == 0 && slope.hi == 0 { return 0 }
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

extension Interval {
    /// The numbers in both (the caller knows they overlap, both holding the same values).
    func intersection(_ other: Interval) -> Interval {
        let lo = Swift.max(self.lo, other.lo), hi = Swift.min(self.hi, other.hi)
        guard lo <= hi else { return self }
        return Interval(lo, hi, loOpen: self.lo == lo && loOpen || other.lo == lo && other.loOpen,
                        hiOpen: self.hi == hi && hiOpen || other.hi == hi && other.hiOpen)
    }
}
