import Compute
import Quantity

/// Runs a program symbolically, to learn two things about its result: which inputs each value
/// depends on (a result in which no step combines two values that share an input is exactly what
/// interval arithmetic gives), and, where the arithmetic allows, the result as a sum of monomials
/// `c · x₁^e₁ · … · xₙ^eₙ` in the inputs (`g / g` is `1`, `x - x` is `0`,
/// `(need - supply) / need` is `1 - supply · need⁻¹`), from which `ExactRange` reads whether the
/// result rises or falls with each input.
struct FormEngine: ProgramEngine {
    /// A symbolic value.
    struct Value {
        /// The monomials, when the value is a sum of at most `maxTerms` of them; nil otherwise.
        var terms: [Monomial]?
        /// The inputs it depends on (bit k: input k; programs with more than 64 inputs are not analysed).
        var inputs: UInt64
        /// Whether some step on the way combined two values sharing an input.
        var shared: Bool
    }

    /// `coefficient · Π inputᵢ^exponents[i]`.
    struct Monomial {
        var coefficient: Double
        var exponents: [Double]
    }

    /// The most monomials a value keeps before it is treated as opaque.
    static let maxTerms = 32

    /// The number of inputs.
    let count: Int

    private func constantValue(_ x: Double) -> Value {
        Value(terms: x == 0 ? [] : [Monomial(coefficient: x, exponents: Array(repeating: 0, count: count))], inputs: 0, shared: false)
    }

    func literal(_ x: Double) -> Value { constantValue(x) }
    func constant(_ c: Interval) -> Value { constantValue(c.lo) }
    func input(_ k: Int32) -> Value {
        var e = Array(repeating: 0.0, count: count)
        e[Int(k)] = 1
        return Value(terms: [Monomial(coefficient: 1, exponents: e)], inputs: 1 << UInt64(k), shared: false)
    }
    func range(_ k: Int32, _ lo: Value, _ hi: Value, borrow: Interval?) throws(StepFailure) -> Value {
        var v = input(k)
        v.inputs |= lo.inputs | hi.inputs
        v.shared = lo.shared || hi.shared
        return v
    }

    func add(_ a: Value, _ b: Value) throws(StepFailure) -> Value { FormEngine.sum(a, b, sign: 1) }
    func subtract(_ a: Value, _ b: Value) throws(StepFailure) -> Value { FormEngine.sum(a, b, sign: -1) }

    func multiply(_ a: Value, _ b: Value) throws(StepFailure) -> Value {
        var out = FormEngine.joined(a, b)
        guard let x = a.terms, let y = b.terms, x.count * y.count <= FormEngine.maxTerms else { return out }
        var terms: [Monomial] = []
        for m in x {
            for n in y { terms = FormEngine.adding(Monomial(coefficient: m.coefficient * n.coefficient, exponents: zip(m.exponents, n.exponents).map(+)), to: terms) }
        }
        out.terms = terms
        return out
    }

    func divide(_ a: Value, _ b: Value) throws(StepFailure) -> Value {
        // A sum over a multiple of itself, (x + 5) / (x + 5), is that multiple.
        if let x = a.terms, let y = b.terms, y.count > 1, let c = FormEngine.ratio(x, y) {
            var out = FormEngine.joined(a, b)
            out.terms = constantValue(c).terms
            return out
        }
        guard let y = b.terms, y.count == 1, y[0].coefficient != 0 else { return FormEngine.joined(a, b) }
        let inverse = Monomial(coefficient: 1 / y[0].coefficient, exponents: y[0].exponents.map { -$0 })
        return try multiply(a, Value(terms: [inverse], inputs: b.inputs, shared: b.shared))
    }

    func negate(_ a: Value) -> Value { scale(a, by: -1) }

    func scale(_ a: Value, by k: Double) -> Value {
        var out = a
        out.terms = a.terms.map { $0.map { Monomial(coefficient: $0.coefficient * k, exponents: $0.exponents) } }
        if k == 0 { out.terms = [] }
        return out
    }

    func power(_ a: Value, _ p: Double) throws(StepFailure) -> Value {
        var out = a
        out.terms = nil
        guard let x = a.terms else { return out }
        if x.isEmpty { out.terms = p > 0 ? [] : nil; return out }
        if x.count == 1, x[0].coefficient > 0 || Int(exactly: p) != nil {
            out.terms = [Monomial(coefficient: Platform.power(x[0].coefficient, p), exponents: x[0].exponents.map { $0 * p })]
            return out
        }
        // A sum to a small whole power is multiplied out (x + y)² = x² + 2xy + y².
        guard let n = Int(exactly: p), n >= 2, n <= 4 else { return out }
        var result = a
        for _ in 1..<n { result = try multiply(result, a) }
        // The power of one value is exact in interval arithmetic: nothing is shared by it.
        result.shared = a.shared
        result.inputs = a.inputs
        return result
    }

    func call(_ f: ComputeFunction, _ arguments: [Value]) throws(StepFailure) -> Value {
        var out = Value(terms: nil, inputs: 0, shared: false)
        for a in arguments { out = FormEngine.joined(out, a) }
        return out
    }

    func convert(_ target: Value, factor: Double) throws(StepFailure) {}

    /// The dependencies of a step on `a` and `b`, whose monomials are not known.
    static func joined(_ a: Value, _ b: Value) -> Value {
        Value(terms: nil, inputs: a.inputs | b.inputs, shared: a.shared || b.shared || (a.inputs & b.inputs) != 0)
    }

    static func sum(_ a: Value, _ b: Value, sign: Double) -> Value {
        var out = joined(a, b)
        guard var terms = a.terms, let y = b.terms else { return out }
        for n in y { terms = adding(Monomial(coefficient: sign * n.coefficient, exponents: n.exponents), to: terms) }
        out.terms = terms.count <= maxTerms ? terms : nil
        return out
    }

    /// `c` when the sum `x` is `c` times the sum `y` (the same monomials, in proportion), else nil.
    static func ratio(_ x: [Monomial], _ y: [Monomial]) -> Double? {
        guard x.count == y.count, let first = y.first else { return nil }
        guard let m = x.first(where: { $0.exponents == first.exponents }) else { return nil }
        let c = m.coefficient / first.coefficient
        for n in y {
            guard let match = x.first(where: { $0.exponents == n.exponents }), match.coefficient == c * n.coefficient else { return nil }
        }
        return c
    }

    /// `terms + m`, with like monomials combined and zeros dropped.
    static func adding(_ m: Monomial, to terms: [Monomial]) -> [Monomial] {
        var terms = terms
        if let i = terms.firstIndex(where: { $0.exponents == m.exponents }) {
            terms[i].coefficient += m.coefficient
            if terms[i].coefficient == 0 { terms.remove(at: i) }
        } else if m.coefficient != 0 {
            terms.append(m)
        }
        return terms
    }
}
