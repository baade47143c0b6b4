import Compute
import Quantity

/// Runs a program symbolically, to learn two things about its result: which inputs each value
/// depends on (a result in which no step combines two values that share an input is exactly what
/// interval arithmetic gives), and, where the arithmetic allows, the result as a sum of monomials
/// `c · x₁^e₁ · … · xₙ^eₙ` in the inputs (`g / g` is `1`, `x - x` is `0`,
/// `(need - supply) / need` is `1 - supply · need⁻¹`), or a quotient of two such sums
/// (`x / (x + y)`), from which `ExactRange` reads whether the result rises or falls with each input.
struct FormEngine: ProgramEngine {
    /// A symbolic value.
    struct Value {
        /// The monomials, when the value is a sum of at most `maxTerms` of them (over
        /// `denominator`); nil otherwise.
        var terms: [Monomial]?
        /// The sum the terms are divided by; empty for 1.
        var denominator: [Monomial] = []
        /// The inputs it depends on (bit k: input k; programs with more than 64 inputs are not analysed).
        var inputs: UInt64
        /// Whether some step on the way combined two values sharing an input.
        var shared: Bool
    }

    /// `coefficient · Π inputᵢ^exponents[i]`.
    struct Monomial: Equatable {
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
        guard let x = a.terms, let y = b.terms, let terms = FormEngine.product(x, y),
              let denominator = FormEngine.product(a.denominator, b.denominator) else { return out }
        out.terms = terms
        out.denominator = denominator
        return FormEngine.reduced(out)
    }

    func divide(_ a: Value, _ b: Value) throws(StepFailure) -> Value {
        var out = FormEngine.joined(a, b)
        guard let x = a.terms, let y = b.terms, !y.isEmpty else { return out }
        // A sum over a multiple of itself, (x + 5) / (x + 5), is that multiple.
        if y.count > 1, a.denominator == b.denominator, let c = FormEngine.ratio(x, y) {
            out.terms = constantValue(c).terms
            return out
        }
        // (x/p) / (y/q) = (x·q) / (p·y)
        guard let terms = FormEngine.product(x, b.denominator), let denominator = FormEngine.product(a.denominator, y) else { return out }
        out.terms = terms
        out.denominator = denominator
        return FormEngine.reduced(out)
    }

    func negate(_ a: Value) -> Value { scale(a, by: -1) }

    func scale(_ a: Value, by k: Double) -> Value {
        var out = a
        out.terms = a.terms.map { $0.map { Monomial(coefficient: $0.coefficient * k, exponents: $0.exponents) } }
        if k == 0 { out.terms = []; out.denominator = [] }
        return out
    }

    func power(_ a: Value, _ p: Double) throws(StepFailure) -> Value {
        var out = a
        out.terms = nil
        out.denominator = []
        guard let x = a.terms else { return out }
        if x.isEmpty { out.terms = p > 0 ? [] : nil; return out }
        if x.count == 1, a.denominator.isEmpty, x[0].coefficient > 0 || Int(exactly: p) != nil {
            out.terms = [Monomial(coefficient: Platform.power(x[0].coefficient, p), exponents: x[0].exponents.map { $0 * p })]
            return out
        }
        // A sum (or a quotient of sums) to a small whole power is multiplied out: (x + y)² = x² + 2xy + y².
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
        // A function that is arithmetic on its arguments is that arithmetic (`share(x, x + y)`).
        guard let formula = f.formula, var value = try? apply(formula, arguments) else { return out }
        value.inputs = out.inputs
        value.shared = value.shared || out.shared
        return value
    }

    /// `formula` on `arguments`, step by step as the program would run it.
    private func apply(_ formula: Formula, _ arguments: [Value]) throws(StepFailure) -> Value {
        switch formula {
        case .argument(let i): return arguments[i]
        case .constant(let c): return constantValue(c)
        case .sum(let a, let b): return try add(apply(a, arguments), apply(b, arguments))
        case .difference(let a, let b): return try subtract(apply(a, arguments), apply(b, arguments))
        case .product(let a, let b): return try multiply(apply(a, arguments), apply(b, arguments))
        case .quotient(let a, let b): return try divide(apply(a, arguments), apply(b, arguments))
        case .power(let a, let p): return try power(apply(a, arguments), p)
        }
    }

    func convert(_ target: Value, factor: Double) throws(StepFailure) {}

    /// The dependencies of a step on `a` and `b`, whose monomials are not known.
    static func joined(_ a: Value, _ b: Value) -> Value {
        Value(terms: nil, inputs: a.inputs | b.inputs, shared: a.shared || b.shared || (a.inputs & b.inputs) != 0)
    }

    static func sum(_ a: Value, _ b: Value, sign: Double) -> Value {
        var out = joined(a, b)
        guard var x = a.terms, var y = b.terms else { return out }
        // Over a common denominator: x/p ± y/q = (x·q ± y·p) / (p·q).
        if a.denominator != b.denominator {
            guard let xq = product(x, b.denominator), let yp = product(y, a.denominator),
                  let pq = product(a.denominator, b.denominator) else { return out }
            (x, y, out.denominator) = (xq, yp, pq)
        } else {
            out.denominator = a.denominator
        }
        for n in y { x = adding(Monomial(coefficient: sign * n.coefficient, exponents: n.exponents), to: x) }
        out.terms = x.count <= maxTerms ? x : nil
        return reduced(out)
    }

    /// The product of two sums (empty meaning 1), or nil when it has too many terms.
    static func product(_ x: [Monomial], _ y: [Monomial]) -> [Monomial]? {
        if x.isEmpty { return y }
        if y.isEmpty { return x }
        guard x.count * y.count <= maxTerms else { return nil }
        var terms: [Monomial] = []
        for m in x {
            for n in y { terms = adding(Monomial(coefficient: m.coefficient * n.coefficient, exponents: zip(m.exponents, n.exponents).map(+)), to: terms) }
        }
        return terms
    }

    /// `v` with a denominator of one monomial folded into its terms (`x / y²` is `x·y⁻²`), and a
    /// zero numerator made a plain zero.
    static func reduced(_ v: Value) -> Value {
        var out = v
        guard let terms = v.terms else { out.denominator = []; return out }
        if terms.isEmpty { out.denominator = [] }
        guard v.denominator.count == 1, v.denominator[0].coefficient != 0 else { return out }
        let d = v.denominator[0]
        out.terms = terms.map { Monomial(coefficient: $0.coefficient / d.coefficient, exponents: zip($0.exponents, d.exponents).map(-)) }
        out.denominator = []
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

    /// ∂(terms)/∂input k, as a sum of monomials.
    static func derivative(_ terms: [Monomial], _ k: Int) -> [Monomial] {
        var out: [Monomial] = []
        for m in terms where m.exponents[k] != 0 {
            var e = m.exponents
            e[k] -= 1
            out = adding(Monomial(coefficient: m.coefficient * m.exponents[k], exponents: e), to: out)
        }
        return out
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
