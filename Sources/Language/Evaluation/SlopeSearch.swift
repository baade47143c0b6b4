import Quantity

/// Finds a program's range over a box of inputs from its derivatives (`SlopeEngine`, and the
/// symbolic form's where there is one, which cancels what interval arithmetic cannot): where each
/// derivative keeps one sign across the box, the least and greatest values sit at two corners
/// (`ExactRange.extremes`), which is exact. Where one may change sign, the box is split in two —
/// along an input that spans zero, at zero, else along the input widest for its range, in the
/// middle — and the pieces are solved alike, breadth first, up to `maxRuns` boxes in all; a piece
/// still unsettled then keeps its interval bounds, and the result says it may be wider.
struct SlopeSearch {
    let program: Program
    let literals: [Double]?
    /// The result as a quotient of sums of monomials, when it is one.
    let rational: ExactRange.Rational?
    let budget: WorkBudget

    /// The most boxes one result examines (each costs a run of the program on slopes).
    static let maxRuns = 64

    /// The range over `box` and whether it is exact; nil when the program has no value on slopes
    /// over the whole box (the caller keeps its own bounds).
    func range(over box: [Interval]) throws(Diagnostic) -> (Interval, exact: Bool)? {
        var pending = [box]
        var next = 0
        var whole: Interval?
        var result: Interval?
        var exact = true
        while next < pending.count {
            let piece = pending[next]
            next += 1
            try budget.spend(program.ops.count * (piece.count + 1))
            var engine = SlopeEngine(box: piece)
            guard let s = try? ProgramRunner.run(program, literals: literals, &engine) else { return nil }
            if whole == nil { whole = s.value }
            var directions: [Int] = []
            var unsettled = false
            for k in piece.indices {
                let d = piece[k].isPoint ? 0 : ExactRange.sign(s.slope(k)) ?? rational.flatMap { ExactRange.direction($0, k, piece) }
                directions.append(d ?? 0)
                unsettled = unsettled || d == nil
            }
            var found: Interval?
            if !unsettled {
                found = try ExactRange.extremes(program, literals: literals, box: piece, directions: directions, budget: budget)
            } else if pending.count + 2 <= SlopeSearch.maxRuns, let (k, at) = SlopeSearch.split(piece, root: box, s) {
                var below = piece, above = piece
                below[k] = Interval(piece[k].lo, at, loOpen: piece[k].loOpen)
                above[k] = Interval(at, piece[k].hi, hiOpen: piece[k].hiOpen)
                pending.append(below)
                pending.append(above)
                continue
            }
            if found == nil { exact = false }
            let r = found ?? s.value
            result = result.map { $0.hull(r) } ?? r
        }
        guard let result, let whole else { return nil }
        return exact ? (result, true) : (result.intersection(whole), false)
    }

    /// Where to split `piece`: along an input whose slope may change sign and which spans zero,
    /// at zero; else along the input widest for its range in `root`, in its middle. Nil when no
    /// input can be split (an open end: "over 200 million" has no middle).
    static func split(_ piece: [Interval], root: [Interval], _ s: Slope) -> (Int, Double)? {
        for k in piece.indices where ExactRange.sign(s.slope(k)) == nil && piece[k].lo < 0 && piece[k].hi > 0 { return (k, 0) }
        var best: (Int, Double)?
        var widest = 0.0
        for k in piece.indices where piece[k].isBounded && !piece[k].isPoint {
            let at = piece[k].lo + (piece[k].hi - piece[k].lo) / 2
            guard at > piece[k].lo, at < piece[k].hi else { continue }
            let width = (piece[k].hi - piece[k].lo) / (root[k].hi - root[k].lo)
            if width > widest { best = (k, at); widest = width }
        }
        return best
    }
}
