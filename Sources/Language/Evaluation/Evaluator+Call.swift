import Compute
import Quantity

extension Evaluator {
    /// Calls a user function or a computation-module function.
    func call(_ name: String, nameSpan: SourceSpan, _ arguments: [Argument], span: SourceSpan) throws(Diagnostic) -> Evaluated {
        if let f = session?.state.functions[name] {
            let values = try bind(arguments, to: f.parameters.map { ($0, nil) }, function: name, span: span)
            guard callDepth < Evaluator.maxCallDepth else {
                throw Diagnostic(.limit, "functions call each other more than \(Evaluator.maxCallDepth) deep", at: span,
                                 label: "too deep", help: "a function that calls itself, directly or through another, never ends")
            }
            guard nesting + f.height <= Evaluator.maxNesting else {
                throw Diagnostic(.limit, "function calls nest more than \(Evaluator.maxNesting) evaluation levels deep", at: span,
                                 label: "too deep", help: "a function that calls itself, directly or through another, never ends; otherwise split the body with `let`")
            }
            var inner = self
            inner.locals = [:]
            inner.callDepth = callDepth + 1
            inner.nesting = nesting + f.height
            // Ranges written in the body are other quantities at each call.
            inner.scope = (scope &* 0x5851_F42D_4C95_7F2D) ^ Int64(span.start + 1)
            var provenance = Provenance.none
            for (p, v) in zip(f.parameters, values) {
                inner.locals[p] = Local(value: v.value, register: v.register)
                provenance = provenance.union(v.value.provenance)
            }
            let result = try inner.evaluateBody(f.body, function: name, callSpan: span)
            return Evaluated(result.quantity, result.provenance.union(provenance))
        }
        if let f = ComputeLibrary.lookup(name) {
            let values = try bind(arguments, to: f.parameters.map { ($0.name, $0.defaultValue) }, function: name, span: span)
            for v in values {
                if let r = v.register { try builder.emit(.load(r)) } else { try builder.emit(.constant(v.value.quantity.value)) }
            }
            try builder.emit(.call(Int32(ComputeLibrary.all.firstIndex { $0.name == name }!), arguments: Int32(values.count)))
            do throws(ComputeError) {
                let q = try f.evaluate(values.map(\.value.quantity), units)
                return Evaluated(q, values.reduce(Provenance.none) { $0.union($1.value.provenance) })
            } catch {
                switch error {
                case .argument(let index, let message):
                    let argSpan = index < arguments.count ? argumentSpan(arguments, index, parameters: f.parameters.map(\.name)) : span
                    let dimensions = values.map(\.value.quantity.dimension)
                    if let x = dimensions.first(where: { $0.money != 0 }), let y = dimensions.first(where: { $0.isOtherCurrency(than: x) }) {
                        throw currencyDiagnostic(x, y, at: argSpan)
                    }
                    throw Diagnostic(.argument, message, at: argSpan, label: "in \(f.signature)", help: ":help \(name)")
                case .quantity(let q):
                    throw diagnostic(q, span: span)
                }
            }
        }
        let candidates = (session.map { Array($0.state.functions.keys) } ?? []) + ComputeLibrary.all.map(\.name)
        if session?.isKnownName(name) == true || units.lookup(name) != nil {
            throw Diagnostic(.value, "`\(name)` is not a function", at: nameSpan, label: "cannot be called",
                             help: "to multiply, write `\(name) * (…)`")
        }
        throw Diagnostic(.unknownName, "no function named `\(name)`", at: nameSpan, label: "not defined",
                         help: Suggest.nearest(name, among: candidates).map { "did you mean `\($0)`?" } ?? ":help functions lists them")
    }

    /// Evaluates a user function's body; errors inside it point at the call, naming the function.
    func evaluateBody(_ body: Expr, function: String, callSpan: SourceSpan) throws(Diagnostic) -> Evaluated {
        do throws(Diagnostic) {
            return try check(body)
        } catch {
            var d = error
            if d.kind != .limit { d.message = "in `\(function)`: " + d.message }  // a depth limit would repeat it 64 times
            d.span = callSpan
            d.label = "in this call"
            throw d
        }
    }

    /// The span of the argument that binds parameter `index`.
    func argumentSpan(_ arguments: [Argument], _ index: Int, parameters: [String]) -> SourceSpan {
        if let named = arguments.first(where: { $0.label == parameters[index] }) { return named.value.span }
        let positional = arguments.filter { $0.label == nil }
        return index < positional.count ? positional[index].value.span : arguments[0].value.span
    }

    /// Matches positional and named arguments to parameters, filling defaults. Each argument's
    /// value is stored in a register (nil for a default).
    func bind(_ arguments: [Argument], to parameters: [(String, Double?)], function: String, span: SourceSpan) throws(Diagnostic) -> [(value: Evaluated, register: Int32?)] {
        var slots = [(value: Evaluated, register: Int32?)?](repeating: nil, count: parameters.count)
        var sawNamed = false
        var position = 0
        let signature = function + "(" + parameters.map(\.0).joined(separator: ", ") + ")"
        for argument in arguments {
            if let label = argument.label, let labelSpan = argument.labelSpan {
                sawNamed = true
                guard let index = parameters.firstIndex(where: { $0.0 == label }) else {
                    let near = Suggest.nearest(label, among: parameters.map(\.0))
                    throw Diagnostic(.argument, "`\(function)` has no parameter `\(label)`", at: labelSpan, label: "unknown parameter",
                                     help: (near.map { "did you mean `\($0):`? " } ?? "") + "the parameters are \(signature)")
                }
                guard slots[index] == nil else {
                    throw Diagnostic(.argument, "`\(label)` is given twice", at: labelSpan, label: "already given", help: signature)
                }
                slots[index] = try argumentValue(argument.value)
            } else {
                guard !sawNamed else {
                    throw Diagnostic(.argument, "a positional argument cannot follow a named one", at: argument.value.span,
                                     label: "name it", help: signature)
                }
                guard position < parameters.count else {
                    throw Diagnostic(.argument, "`\(function)` takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s")", at: argument.value.span,
                                     label: "one too many", help: signature)
                }
                slots[position] = try argumentValue(argument.value)
                position += 1
            }
        }
        var out: [(value: Evaluated, register: Int32?)] = []
        out.reserveCapacity(parameters.count)
        for (i, slot) in slots.enumerated() {
            if let slot { out.append(slot); continue }
            if let d = parameters[i].1 { out.append((Evaluated(Quantity(number: d)), nil)); continue }
            throw Diagnostic(.argument, "`\(function)` is missing its argument `\(parameters[i].0)`", at: span, label: "missing `\(parameters[i].0)`",
                             help: signature)
        }
        return out
    }

    /// Checks an argument and stores its value in a fresh register.
    func argumentValue(_ e: Expr) throws(Diagnostic) -> (value: Evaluated, register: Int32?) {
        let v = try check(e)
        let r = builder.register()
        try builder.emit(.store(r))
        return (v, r)
    }
}
