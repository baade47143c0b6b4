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
        kernel: { Swift.abs($0[0]) }
    )

    static let sqrt = ComputeFunction(
        name: "sqrt", parameters: [.init("x", "a plain number, or a quantity with even powers")], summary: "square root",
        help: "sqrt(x)\n  The square root of x; x must not be negative.",
        evaluate: { a, _ throws(ComputeError) in
            guard a[0].value.lo >= 0 else { throw .argument(index: 0, message: "x must not be negative") }
            return try ComputeFunction.arithmetic { () throws(QuantityError) in try a[0].raised(to: Quantity(number: 0.5)) }
        },
        kernel: { Glibc.sqrt($0[0]) }
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
        kernel: { Swift.min($0[0], $0[1]) }
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
        kernel: { Swift.max($0[0], $0[1]) }
    )
}
