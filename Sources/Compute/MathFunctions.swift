import Quantity
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small mathematical helpers: absolute value, square root, minimum and maximum.
enum MathFunctions {
    static let abs = ComputeFunction(
        name: "abs", parameters: [.init("x", "any quantity")], summary: "absolute value",
        help: "abs(x)\n  The absolute value of x (for a range, the range of absolute values).",
        evaluate: { a, _ throws(ComputeError) in
            var q = a[0]
            let v = q.value
            if v.lo >= 0 { return q }
            if v.hi <= 0 { q.value = -v; return q }
            q.value = Interval(0, Swift.max(-v.lo, v.hi))
            return q
        },
        kernel: { Swift.abs($0[0]) },
        slope: { a in
            let v = a[0]
            if v.lo >= 0 { return (v, [Interval(point: 1)]) }
            if v.hi <= 0 { return (-v, [Interval(point: -1)]) }
            return (Interval(0, Swift.max(-v.lo, v.hi)), [Interval(-1, 1)])
        }
    )

    static let sqrt = ComputeFunction(
        name: "sqrt", parameters: [.init("x", "a plain number, or a quantity with even powers")], summary: "square root",
        help: "sqrt(x)\n  The square root of x; x must not be negative.",
        evaluate: { a, _ throws(ComputeError) in
            guard a[0].value.lo >= 0 else { throw .argument(index: 0, message: "x must not be negative") }
            return try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].raised(to: Quantity(number: 0.5)) }
        },
        kernel: { Glibc.sqrt($0[0]) },
        slope: { a in
            let v = a[0]
            guard v.lo >= 0 else { return nil }
            // ½/√x, which reaches +∞ at 0 (1/0 is +∞): still a rise.
            return (Interval(Glibc.sqrt(v.lo), Glibc.sqrt(v.hi), loOpen: v.loOpen, hiOpen: v.hiOpen), [Interval(0.5 / Glibc.sqrt(v.hi), 0.5 / Glibc.sqrt(v.lo))])
        },
        formula: .power(.argument(0), 0.5)
    )

    static let min = ComputeFunction(
        name: "min", parameters: [.init("a", "a quantity"), .init("b", "a quantity of the same dimension")], summary: "the smaller of two",
        help: "min(a, b)\n  The smaller of a and b (for ranges, the range of minima).",
        evaluate: { a, _ throws(ComputeError) in
            try ComputeFunction.requireSame(a[0], a[1], 1, ("a", "b"))
            var q = a[0]
            q.value = Interval(Swift.min(a[0].value.lo, a[1].value.lo), Swift.min(a[0].value.hi, a[1].value.hi))
            return q
        },
        kernel: { Swift.min($0[0], $0[1]) },
        slope: { a in
            let value = Interval(Swift.min(a[0].lo, a[1].lo), Swift.min(a[0].hi, a[1].hi))
            return (value, MathFunctions.choiceSlopes(a[0], a[1]))
        }
    )

    static let max = ComputeFunction(
        name: "max", parameters: [.init("a", "a quantity"), .init("b", "a quantity of the same dimension")], summary: "the larger of two",
        help: "max(a, b)\n  The larger of a and b (for ranges, the range of maxima).",
        evaluate: { a, _ throws(ComputeError) in
            try ComputeFunction.requireSame(a[0], a[1], 1, ("a", "b"))
            var q = a[0]
            q.value = Interval(Swift.max(a[0].value.lo, a[1].value.lo), Swift.max(a[0].value.hi, a[1].value.hi))
            return q
        },
        kernel: { Swift.max($0[0], $0[1]) },
        slope: { a in
            let value = Interval(Swift.max(a[0].lo, a[1].lo), Swift.max(a[0].hi, a[1].hi))
            return (value, MathFunctions.choiceSlopes(-a[0], -a[1]))
        }
    )

    /// The partials of `min(a, b)` (and, arguments swapped, of `max`): 1 for the argument that is
    /// always the smaller, 0 for the other; where either may be, each is 0 or 1.
    static func choiceSlopes(_ a: Interval, _ b: Interval) -> [Interval] {
        let one = Interval(point: 1), zero = Interval(point: 0)
        if a.hi <= b.lo { return [one, zero] }
        if b.hi <= a.lo { return [zero, one] }
        return [Interval(0, 1), Interval(0, 1)]
    }
}
