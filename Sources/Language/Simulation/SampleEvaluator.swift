import Compute
import Quantity

#if canImport(Glibc)
import Glibc
#endif

/// Evaluates an expression for one chunk of Monte Carlo draws, in base units.
///
/// Each uncertain input — a story item or `:assume` reading that is a range, or a range written in
/// the expression — is drawn once per sample and reused wherever it appears, so `x - x` is zero.
/// Variables are re-evaluated from their defining expressions, so their inputs are shared too.
struct SampleEvaluator {
    let session: Session
    let count: Int
    var random: Random
    /// Draws made in this chunk, by input (story item, variable, or range literal).
    var cache: [String: Samples] = [:]
    var locals: [String: Samples] = [:]
    var scope = ""
    var callDepth = 0
    var nesting = 0

    init(session: Session, count: Int, random: Random) {
        self.session = session
        self.count = count
        self.random = random
    }

    mutating func draw(_ key: String, lo: Double, hi: Double) -> Samples {
        if let s = cache[key] { return s }
        let d = Distribution.range(lo, hi)
        var v = [Double](repeating: 0, count: count)
        v.withUnsafeMutableBufferPointer { d.fill($0, using: &random) }
        let s = Samples.vector(v)
        cache[key] = s
        return s
    }

    mutating func eval(_ e: Expr) throws(Diagnostic) -> Samples {
        let units = session.state.units
        switch e {
        case .number(let x, _):
            return .scalar(x)
        case .withUnit(let amount, let unit, _, let power, _):
            let a = try eval(amount)
            guard let u = units.lookup(unit) else { return a }
            let f = pow(units[u].factor, Double(power))
            return a.map(count) { $0 * f }
        case .dollars(let amount, _):
            return try eval(amount)
        case .percent(let inner, _):
            return try eval(inner).map(count) { $0 * 0.01 }
        case .negate(let inner, _):
            return try eval(inner).map(count) { -$0 }
        case .name(let name, let span):
            return try resolve(name, at: span)
        case .binary(let op, let l, let r, _, _):
            let a = try eval(l), b = try eval(r)
            switch op {
            case .add: return Samples.zip(a, b, count, +)
            case .subtract: return Samples.zip(a, b, count, -)
            case .multiply: return Samples.zip(a, b, count, *)
            case .divide: return Samples.zip(a, b, count, /)
            case .power: return Samples.zip(a, b, count) { pow($0, $1) }
            }
        case .range(let l, let r, let span):
            // Drawn once per chunk: later uses (and later appearances) take the same draws.
            let key = "\(scope)#\(span.start)"
            if let drawn = cache[key] { return drawn }
            // The interval evaluation already checked the ends; draw between them.
            let q = try Evaluator(units: units, session: session).eval(e).quantity.value
            guard case .scalar = try eval(l), case .scalar = try eval(r) else {
                throw Diagnostic(.value, "in a simulation a range's ends must be fixed numbers", at: span,
                                 help: "write the ends as numbers or point values")
            }
            return draw(key, lo: q.lo, hi: q.hi)
        case .convert(let value, _, _):
            return try eval(value)
        case .call(let name, _, let arguments, let span):
            return try call(name, arguments, span: span)
        }
    }

    mutating func resolve(_ name: String, at span: SourceSpan) throws(Diagnostic) -> Samples {
        if let local = locals[name] { return local }
        if let variable = session.state.variables[name] {
            let key = "var:" + name
            if let s = cache[key] { return s }
            let saved = (scope, locals)
            scope = key
            locals = [:]
            let s = try eval(variable.expression)
            (scope, locals) = saved
            cache[key] = s
            return s
        }
        let units = session.state.units
        if let index = session.items.byId[name] {
            // A hedged fact is drawn from its reading, like a range (see docs/hedges.md).
            if let r = session.reading(of: index) {
                let v = r.quantity.value
                return v.isPoint ? .scalar(v.lo) : draw("item:\(index)", lo: v.lo, hi: v.hi)
            }
            let v = try session.storyValue(index, at: span).quantity.value
            if v.isPoint { return .scalar(v.lo) }
            guard v.isBounded else {
                let id = session.items[index].fact.id
                throw Diagnostic(.value, "`\(id)` is a one-sided bound, which a simulation cannot draw from", at: span,
                                 label: "a bound", help: "give it a range for this session, e.g. `:assume \(id) = … to …`")
            }
            return draw("item:\(index)", lo: v.lo, hi: v.hi)
        }
        if let u = units.lookup(name) { return .scalar(units[u].factor) }
        throw Diagnostic(.unknownName, "no fact, variable or unit named `\(name)`", at: span)
    }

    mutating func call(_ name: String, _ arguments: [Argument], span: SourceSpan) throws(Diagnostic) -> Samples {
        if let f = session.state.functions[name] {
            guard callDepth < Evaluator.maxCallDepth, nesting + f.height <= Evaluator.maxNesting else {
                throw Diagnostic(.limit, "functions call each other too deep", at: span)
            }
            var values: [Samples] = []
            let order = try argumentOrder(arguments, parameters: f.parameters.map { ($0, nil) })
            for slot in order {
                if let slot { values.append(try eval(slot)) } else { values.append(.scalar(0)) }
            }
            let saved = (locals, scope)
            locals = Dictionary(uniqueKeysWithValues: zip(f.parameters, values))
            scope = "\(scope)/\(name)@\(span.start)"
            callDepth += 1
            nesting += f.height
            defer { callDepth -= 1; nesting -= f.height }
            let result = try eval(f.body)
            (locals, scope) = saved
            return result
        }
        guard let f = ComputeLibrary.lookup(name) else { throw Diagnostic(.unknownName, "no function named `\(name)`", at: span) }
        let order = try argumentOrder(arguments, parameters: f.parameters.map { ($0.name, $0.defaultValue) })
        var values: [Samples] = []
        for (i, slot) in order.enumerated() {
            if let slot { values.append(try eval(slot)) } else { values.append(.scalar(f.parameters[i].defaultValue ?? 0)) }
        }
        if values.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
            return .scalar(f.kernel(values.map { $0.at(0) }))
        }
        var out = [Double](repeating: 0, count: count)
        var args = [Double](repeating: 0, count: values.count)
        for i in 0..<count {
            for j in 0..<values.count { args[j] = values[j].at(i) }
            out[i] = f.kernel(args)
        }
        return .vector(out)
    }

    /// The argument expression for each parameter, in order (nil for a default).
    func argumentOrder(_ arguments: [Argument], parameters: [(String, Double?)]) throws(Diagnostic) -> [Expr?] {
        var slots = [Expr?](repeating: nil, count: parameters.count)
        var position = 0
        for a in arguments {
            if let label = a.label, let i = parameters.firstIndex(where: { $0.0 == label }) {
                slots[i] = a.value
            } else if position < slots.count {
                slots[position] = a.value
                position += 1
            }
        }
        return slots
    }
}
