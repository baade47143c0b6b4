import Compute
import Quantity

/// Checks expressions: resolves names, checks dimensions and units, collects provenance, and
/// writes the arithmetic down as a `Program` (the checked form every engine runs), computing the
/// interval-arithmetic value on the way; `eval` then narrows that value to the exact range.
///
/// Names resolve in this order: function parameters, `let` variables, story facts and assumptions
/// (or their `:assume` readings), then units. Without a session only units resolve (used for the
/// units of facts and for the prelude).
package struct Evaluator {
    let units: UnitTable
    let session: Interpreter?
    /// A function's parameters (bound to registers) or a table's row value.
    package var locals: [String: Local] = [:]
    var callDepth = 0
    /// The evaluation levels the user-function bodies being evaluated add up to.
    var nesting = 0
    /// Where the program is written.
    package var builder: ProgramBuilder
    /// Which source the ranges written in this expression belong to (see `InputKey`).
    var scope: Int64 = 0

    /// A name bound inside an expression.
    package struct Local {
        var value: Evaluated
        /// The register holding it, or nil for a value bound from outside (a `:table` row).
        var register: Int32?
    }
    /// Binds `name` to `value` from outside the expression (a `:table` row), over any other meaning.
    package mutating func bind(_ name: String, to value: Evaluated) {
        locals[name] = Local(value: value, register: nil)
    }

    /// User functions may call each other this deep before the call is refused (no stack overflow).
    static let maxCallDepth = 64
    /// Calls may nest bodies this many evaluation levels deep in all: each limit alone (64 calls,
    /// 400-level trees) does not bound their product, which overflowed the stack.
    static let maxNesting = 1000

    /// The most steps a checked expression may have (functions that call others twice per level
    /// double it at each level).
    static let maxSteps = 1_000_000

    package init(units: UnitTable, session: Interpreter?, scope: Int64 = 0, tokens: [Token]? = nil) {
        self.units = units
        self.session = session
        self.scope = scope
        builder = ProgramBuilder(tokens: tokens, budget: session?.budget ?? WorkBudget(isInterrupted: { false }))
    }

    /// The value of `e`, its range exact over its uncertain inputs where that can be shown.
    package func eval(_ e: Expr) throws(Diagnostic) -> Evaluated {
        var fresh = self
        fresh.builder = ProgramBuilder(tokens: nil, budget: builder.budget)
        return try fresh.exact(fresh.check(e), fresh.builder.program)
    }

    /// `value`, computed by interval arithmetic for `program`, narrowed to its exact range.
    func exact(_ value: Evaluated, _ program: Program, literals: [Double]? = nil) throws(Diagnostic) -> Evaluated {
        guard program.hasUncertainInputs else { return value }
        var v = value
        let (range, exact) = try ExactRange.of(program, literals: literals, naive: value.quantity.value, budget: builder.budget)
        v.quantity.value = range
        v.mayBeWider = !exact
        return v
    }

    /// Checks `e`, writing its program; returns its interval-arithmetic value.
    package func check(_ e: Expr) throws(Diagnostic) -> Evaluated {
        if builder.program.ops.count >= Evaluator.maxSteps {
            throw Diagnostic(.limit, "the expression needs more than \(NumberFormat.grouped(Double(Evaluator.maxSteps))) steps", at: e.span,
                             help: "a function that calls another twice doubles the work at each level; compute in smaller steps")
        }
        switch e {
        case .number(let x, let span):
            try builder.literal(x, span: span)
            return Evaluated(Quantity(number: x))

        case .withUnit(let amount, let unitName, let unitSpan, let power, let span):
            let a = try check(amount)
            let u = try unit(named: unitName, at: unitSpan)
            var one = Quantity(unit: u, in: units)
            let q: Quantity
            do throws(QuantityError) {
                if power != 1 { one = try one.raised(to: Quantity(number: Double(power))) }
                q = try a.quantity.multiplying(one, in: units)
            } catch {
                throw diagnostic(error, span: span)
            }
            try builder.emit(.constant(one.value))
            try builder.emit(.multiply)
            return Evaluated(q, units.hasNote(u) ? a.provenance.union(notes(u)) : a.provenance)

        case .dollars(let amount, let span):
            let a = try check(amount)
            guard let usd = units.lookup("USD") else { throw Diagnostic(.unknownUnit, "no USD unit is defined", at: span) }
            let one = Quantity(unit: usd, in: units)
            let q = try arithmetic(span) { () throws(QuantityError) in try a.quantity.multiplying(one, in: units) }
            try builder.emit(.constant(one.value))
            try builder.emit(.multiply)
            return Evaluated(q, a.provenance)

        case .percent(let inner, let span):
            let a = try check(inner)
            return Evaluated(try apply(.percent, a.quantity, nil, span: span), a.provenance)

        case .negate(let inner, let span):
            var a = try check(inner)
            a.quantity = try apply(.negate, a.quantity, nil, span: span)
            return a

        case .name(let name, let span):
            return try resolve(name, at: span)

        case .binary(let op, let l, let r, let opSpan, let span):
            let a = try check(l)
            // `USD/person`: a counting word may follow `/` alone (per one of it).
            var b: Evaluated
            if op == .divide, case .name(let name, let nameSpan) = r {
                b = try resolve(name, at: nameSpan, countAllowed: true)
            } else {
                b = try check(r)
            }
            if op != .power, let exchanged = try exchanged(b, into: a.quantity, span: span) { b = exchanged }
            var q = try apply(Operation(op), a.quantity, b.quantity, opSpan: opSpan, span: span, left: l, right: r)
            if op == .divide && !q.isRatio && isCountRatio(a, b) { q.isRatio = true }
            return Evaluated(q, a.provenance.union(b.provenance))

        case .range(let l, let r, let span):
            var a = try check(l)
            var b = try check(r)
            if let exchanged = try exchanged(b, into: a.quantity, span: span) { b = exchanged }
            // "600,000 to 700,000 t": a bare number borrows the other end's unit.
            var borrow: Interval?
            if l.isBareNumber && a.quantity.dimension.isNone && !b.quantity.dimension.isNone {
                let one = Quantity(Interval(point: b.quantity.unit.factor(in: units)), unit: b.quantity.unit, dimension: b.quantity.dimension)
                a.quantity = try arithmetic(span) { () throws(QuantityError) in try a.quantity.multiplying(one, in: units) }
                borrow = one.value
            }
            guard a.quantity.dimension == b.quantity.dimension else {
                throw Diagnostic(.dimension, "a range's ends must have the same dimension: \(a.quantity.dimension.phrase) to \(b.quantity.dimension.phrase)",
                                 at: span, label: "\(a.quantity.dimension.name) to \(b.quantity.dimension.name)")
            }
            guard let value = IntervalEngine.range(a.quantity.value, b.quantity.value) else {
                throw Diagnostic(.value, "a range must run from low to high", at: span, label: "the first end is larger", help: "swap the ends")
            }
            let endsVary = !a.quantity.value.isPoint || !b.quantity.value.isPoint
            let k = builder.input(InputKey(owner: scope, position: Int64(span.start)), value, endsVary: endsVary, span: span)
            try builder.emit(.range(k, borrow: borrow))
            var q = a.quantity
            q.value = value
            q.isRatio = a.quantity.isRatio || b.quantity.isRatio
            return Evaluated(q, a.provenance.union(b.provenance))

        case .convert(let value, let target, let span):
            return try convert(value, to: target, span: span)

        case .call(let name, let nameSpan, let arguments, let span):
            builder.notTemplatable()
            return try call(name, nameSpan: nameSpan, arguments, span: span)
        }
    }

    // MARK: - Operators

    /// The result of operator `op` on `a` (and `b`), by its rule in `Operation`, with its steps
    /// written; a refusal is reported at the operator's node.
    func apply(_ op: Operation, _ a: Quantity, _ b: Quantity?, opSpan: SourceSpan? = nil, span: SourceSpan, left: Expr? = nil, right: Expr? = nil) throws(Diagnostic) -> Quantity {
        let q: Quantity
        do throws(Operation.Refusal) {
            q = try op.result(a, b, units: units)
        } catch {
            switch error {
            case .notAPlainNumber(let d):
                throw Diagnostic(.dimension, "`\(op.symbol)` applies to a plain number, not \(d.phrase)", at: span)
            case .differentCounts(let x, let y):
                let (ux, uy) = (x.render(in: units), y.render(in: units))
                throw Diagnostic(.dimension, "cannot \(op == .add ? "add" : "subtract") counts of different things (\(ux) and \(uy))", at: span,
                                 label: "\(ux) vs \(uy)", help: "the result would be counted in \(ux); to count both as one thing, write the number without its label or with a label both are, e.g. `(10 + 5) person`")
            case .quantity(let e):
                var d = diagnostic(e, span: span, opSpan: opSpan, a: a, b: b, right: right)
                if op == .subtract, let left, let right, let hint = rangeHint(left, right) { d.help = hint }
                throw d
            }
        }
        try op.emit(b, into: builder)
        return q
    }

    func diagnostic(_ error: QuantityError, span: SourceSpan, opSpan: SourceSpan? = nil, a: Quantity? = nil, b: Quantity? = nil, right: Expr? = nil) -> Diagnostic {
        switch error {
        case .dimensionMismatch(let x, let y, let operation):
            let ua = a.map { $0.unit.render(in: units) } ?? "", ub = b.map { $0.unit.render(in: units) } ?? ""
            let left = ua.isEmpty ? x.phrase : "\(x.phrase) (\(ua))"
            let rightText = ub.isEmpty ? y.phrase : "\(y.phrase) (\(ub))"
            let verb = operation == "subtract" ? "subtract \(rightText) from \(left)" : "\(operation) \(left) and \(rightText)"
            return Diagnostic(.dimension, "cannot \(verb): the dimensions differ", at: span,
                              label: "\(x.name) vs \(y.name)", help: "only quantities of one dimension can be added, subtracted or compared")
        case .currencyMismatch(let x, let y):
            return currencyDiagnostic(x, y, at: span)
        case .divisionByZero:
            return Diagnostic(.divisionByZero, "division by zero", at: right?.span ?? span, label: "this is zero")
        case .divisionByIntervalContainingZero:
            return Diagnostic(.divisionByZero, "division by a range that contains zero", at: right?.span ?? span,
                              label: "this range contains zero", help: "the quotient would be unbounded; narrow the range so it excludes zero")
        case .overflow:
            return Diagnostic(.overflow, "the result is too large to represent (beyond ±1.8e308)", at: span, label: "overflows")
        case .undefined:
            return Diagnostic(.value, "the result is undefined (for example ∞ − ∞ from two open bounds)", at: span)
        case .unitTooComplex:
            return Diagnostic(.limit, "the unit of the result is too complex (too many factors or too high a power)", at: span)
        case .exponentHasDimension(let d):
            return Diagnostic(.dimension, "an exponent must be a plain number, not \(d.phrase)", at: right?.span ?? span)
        case .exponentIsInterval:
            return Diagnostic(.value, "an exponent must be a single number, not a range", at: right?.span ?? span)
        case .fractionalPowerOfDimension(let d):
            return Diagnostic(.dimension, "only whole powers of \(d.phrase) are defined", at: span, label: "fractional power")
        case .negativeBaseFractionalPower:
            return Diagnostic(.value, "a fractional power of a negative number is not a real number", at: span)
        }
    }

    func arithmetic(_ span: SourceSpan, _ body: () throws(QuantityError) -> Quantity) throws(Diagnostic) -> Quantity {
        do throws(QuantityError) { return try body() } catch { throw diagnostic(error, span: span) }
    }

    // MARK: - Names

    func unit(named name: String, at span: SourceSpan) throws(Diagnostic) -> Int32 {
        if let u = units.lookup(name) { return u }
        var help: String?
        if let near = Suggest.nearest(name, among: units.allNames) {
            help = "did you mean the unit `\(near)`?"
        } else if session?.isKnownName(name) == true {
            help = "`\(name)` is not a unit; to multiply by it write `* \(name)`"
        } else {
            help = "define it first, e.g. `unit \(name) = …` (:help units lists the units)"
        }
        throw Diagnostic(.unknownUnit, "unknown unit `\(name)`", at: span, label: "not a unit", help: help)
    }

    /// Pushes `value`: a constant when it is one number, else the uncertain input `key`.
    func uncertain(_ value: Evaluated, _ key: InputKey, at span: SourceSpan) throws(Diagnostic) {
        let v = value.quantity.value
        if v.isPoint { try builder.emit(.constant(v)) } else { try builder.emit(.input(builder.input(key, v, span: span))) }
    }

    func notes(_ unit: Int32) -> Provenance {
        !units.hasNote(unit) ? .none : Provenance(items: [], unitNotes: [unit])
    }

    func resolve(_ name: String, at span: SourceSpan, countAllowed: Bool = false) throws(Diagnostic) -> Evaluated {
        // Empty tables are skipped without hashing the name (a script of plain amounts has no
        // locals or variables).
        if !locals.isEmpty, let local = locals[name] {
            if let r = local.register {
                try builder.emit(.load(r))
            } else {
                try uncertain(local.value, InputKey(owner: -2, position: Int64(truncatingIfNeeded: name.hashValue)), at: span)
            }
            return local.value
        }
        if let session {
            if !session.state.variables.isEmpty, let v = session.state.variables[name] {
                // A variable's inputs are the same quantities wherever it is used.
                if let program = v.program { try builder.inline(program) } else { try builder.emit(.constant(v.value.quantity.value)) }
                return v.value
            }
            if let index = session.items.index(of: name) {
                let value = try InputResolver(session: session).value(ofItem: index, at: span)
                if session.isHedged(index) {
                    // An input even at face value, so a simulation can draw it from its reading.
                    try builder.emit(.input(builder.input(.item(index), value.quantity.value, span: span)))
                } else {
                    try uncertain(value, .item(index), at: span)
                }
                return value
            }
        }
        if let u = units.lookup(name) {
            if session != nil && !countAllowed && isCountNoun(u) { throw countNounError(name, at: span) }
            let one = Quantity(unit: u, in: units)
            try builder.emit(.constant(one.value))
            return Evaluated(one, notes(u))
        }
        if session?.isFunction(name) == true {
            throw Diagnostic(.value, "`\(name)` is a function: call it with arguments, like `\(name)(…)`", at: span, label: "needs arguments", help: ":help \(name)")
        }
        let candidates = Array(locals.keys) + (session?.allNames ?? units.allNames)
        let near = Suggest.nearest(name, among: candidates)
        throw Diagnostic(.unknownName, "no fact, variable or unit named `\(name)`", at: span, label: "not defined",
                         help: near.map { "did you mean `\($0)`?" } ?? ":facts lists the story's facts; :vars lists your variables")
    }
}

extension Expr {
    /// How a conversion target is named in messages: its unit, or its text.
    func sourceDescription(units: UnitTable, _ value: Quantity) -> String {
        let u = value.unit.render(in: units)
        return u.isEmpty ? "a plain number" : "`\(u)`"
    }
}
