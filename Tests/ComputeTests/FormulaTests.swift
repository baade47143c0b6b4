import Compute
import Quantity
import Testing

/// A function's `formula` and `slope` say what its `kernel` computes: the same values, and
/// partial derivatives whose ranges hold the kernel's difference quotients.
@Suite struct FormulaTests {
    /// Arguments (base units) to try, within every function's domain.
    static let points: [[Double]] = [[2, 3, 0.05], [5, 1.5, 0.2], [0.5, 4, 0], [7, 7, 0.1]]

    @Test func formulasComputeWhatKernelsDo() {
        for f in ComputeLibrary.all {
            guard let formula = f.formula else { continue }
            for p in FormulaTests.points {
                let args = Array(p.prefix(f.parameters.count))
                #expect(formula.value(args) == f.kernel(args), "\(f.name)\(args)")
            }
        }
    }

    @Test func slopesHoldTheKernelsDifferenceQuotients() {
        // Around each point, a small box; each partial's range must hold (f(x + h) - f(x)) / h.
        for f in ComputeLibrary.all {
            for p in FormulaTests.points {
                var args = Array(p.prefix(f.parameters.count))
                if f.name == "project" { args[1] = 3 }  // a whole number of years
                let h = 1e-6
                let box = args.map { Interval($0 - 2 * h, $0 + 2 * h) }
                guard let (value, partials) = f.slope(f.name == "project" ? [box[0], Interval(point: 3), box[2]] : box) else {
                    Issue.record("\(f.name) has no slope at \(args)"); continue
                }
                #expect(value.lo <= f.kernel(args) && f.kernel(args) <= value.hi, "\(f.name)")
                for k in args.indices where !(f.name == "project" && k == 1) {
                    var moved = args
                    moved[k] += h
                    let quotient = (f.kernel(moved) - f.kernel(args)) / h
                    let slack = 1e-3 * max(1, abs(quotient))
                    #expect(partials[k].lo - slack <= quotient && quotient <= partials[k].hi + slack, "\(f.name) ∂\(k): \(quotient) not in \(partials[k])")
                }
            }
        }
    }
}
