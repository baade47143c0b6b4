import Compute
import Quantity

extension Interpreter {
    /// Parses and evaluates a non-command input. Returns nil when the input is unfinished.
    package func evaluateStatement(_ input: String) throws(Diagnostic) -> String? {
        guard input.utf8.count <= Interpreter.maxInputBytes else {
            throw Diagnostic(.limit, "the input is \(NumberFormat.grouped(Double(input.utf8.count), significant: 17)) bytes; the limit is \(NumberFormat.grouped(Double(Interpreter.maxInputBytes)))",
                             help: "split it into several lines with `let`")
        }
        // A line like one before it, bar its numbers, runs that line's compiled form unlexed.
        // (`withUTF8` on a copy, not `withContiguousStorageIfAvailable`: its doubly optional result
        // was destroyed through the generic value witnesses, ~145 instructions a line.)
        var line = input
        if let value = line.withUTF8({ templates.runRecent($0, budget: budget) }) {
            return render(value)
        }
        // The line's bytes and tokens go in buffers kept from line to line (no allocation per line).
        var bytes = scratch.bytes, tokens = scratch.tokens
        scratch = Scratch()
        defer { scratch = Scratch(bytes: bytes, tokens: tokens) }
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: input.utf8)
        let lexer = Lexer(bytes: bytes)
        if try lexer.tokenize(into: &tokens) > 0 { return nil }
        let shape = TemplateCache.shapeHash(tokens, bytes: bytes)
        if let shape, let template = templates.template(for: shape, tokens, bytes: bytes),
           let value = templates.run(template, tokens: tokens, budget: budget) {
            return render(value)
        }
        var parser = Parser(tokens: tokens, input: input, bytes: bytes)
        let statement = try parser.statement()
        switch statement {
        case .expression(let e):
            if case .name(let name, _) = e, let index = items.byId[name], items[index].quantity == nil, state.overrides[index] == nil,
               !(state.hedgesOn && reading(of: index) != nil) {
                return describeVague(index)
            }
            let evaluator = Evaluator(units: state.units, session: self, tokens: shape == nil ? nil : tokens)
            let value = try evaluator.exact(evaluator.check(e), evaluator.builder.program)
            let (program, templatable) = evaluator.builder.finish()
            if shape != nil, templatable {
                templates.store(Template(tokens: tokens, bytes: bytes, program: program, result: value))
            }
            return render(value)

        case .binding(let name, let span, let e):
            try checkBindable(name, at: span, as: "variable")
            nextScope += 1
            let evaluator = Evaluator(units: state.units, session: self, scope: nextScope)
            let value = try evaluator.exact(evaluator.check(e), evaluator.builder.program)
            if state.variables[name] == nil { state.variableOrder.append(name) }
            state.variables[name] = Variable(value: value, expression: e, program: variableProgram(value, evaluator.builder.program),
                                             source: text(of: e.span, in: input))
            return render(value, name: name)

        case .function(let name, let span, let parameters, let body, let source):
            try checkBindable(name, at: span, as: "function")
            try checkNames(in: body, parameters: Set(parameters.map(\.0)), function: name)
            state.functions[name] = UserFunction(parameters: parameters.map(\.0), body: body, source: source, height: body.height)
            return "fn \(name)(\(parameters.map(\.0).joined(separator: ", "))) = \(source)"

        case .unit(let names, let definition, let note):
            for (n, s) in names {
                if state.units.lookup(n) != nil {
                    throw Diagnostic(.value, "the unit `\(n)` is already defined", at: s, label: "taken", help: "choose another name")
                }
                try checkBindable(n, at: s, as: "unit")
            }
            var table = state.units
            let index = try UnitDefiner.define(names: names, definition: definition, note: note, in: &table, session: self)
            state.units = table
            state.userUnits.append(names[0].0)
            let info = table[index]
            let base = Quantity(Interval(point: info.factor), unit: baseUnit(for: info.dimension, in: table), dimension: info.dimension)
            let shown = info.dimension.isNone && info.factor == 1 ? "a count (no dimension)" : QuantityFormat(significant: state.digits).render(base, in: table)
            return "unit \(names[0].0) = \(shown)"
        }
    }

    /// What a variable runs where it is used: nothing (a constant) when its value is one number
    /// from no inputs;
    /// its own program, which shares its inputs with the expression using it; or, for a program
    /// too long to copy into every use, a quantity of its own, whose ranges may then be wider.
    func variableProgram(_ value: Evaluated, _ program: Program) -> Program? {
        // A point made from a hedged fact keeps its program: a simulation draws the fact's reading.
        if value.quantity.value.isPoint && program.inputs.isEmpty { return nil }
        if program.ops.count <= Interpreter.maxInlinedSteps { return program }
        var own = Program()
        own.inputs = [ProgramInput(key: InputKey(owner: -3, position: nextScope), interval: value.quantity.value, endsVary: true)]
        own.ops = [.input(0)]
        own.depth = 1
        return own
    }

    /// The longest program a variable copies into each use.
    static let maxInlinedSteps = 4096

    /// The longest input accepted (a 1 MB paste is refused with a clear error, not parsed).
    static let maxInputBytes = 65_536

    func describeVague(_ index: Int32) -> String {
        let item = items[index]
        let assume = "  to compute with it, give it a reading: :assume \(item.fact.id) = 2000 to 10000"
        guard let r = reading(of: index) else {
            return "\(item.fact.id) = \(Interpreter.describe(item.fact.value)) (vague: the article gives no number)\n" + assume
        }
        return "\(item.fact.id) = \(Interpreter.describe(item.fact.value)) (vague: the article gives no number)\n"
            + "  the hedge table reads it as \(show(r)) (docs/hedges.md); `:set hedges on` computes with that\n" + assume
    }

    /// Names that may not be rebound: facts, assumptions and built-in functions.
    func checkBindable(_ name: String, at span: SourceSpan, as kind: String) throws(Diagnostic) {
        if items.byId[name] != nil {
            throw Diagnostic(.value, "`\(name)` is a fact of the story and cannot be redefined", at: span, label: "a story fact",
                             help: "to try another value for it, use `:assume \(name) = …`")
        }
        if ComputeLibrary.lookup(name) != nil {
            throw Diagnostic(.value, "`\(name)` is a built-in function and cannot be redefined", at: span, label: "built in")
        }
        if Parser.scaleWords[name] != nil {
            throw Diagnostic(.value, "`\(name)` is a scale word and cannot be a \(kind) name", at: span)
        }
    }

    /// Every name in a function body must be a parameter or already defined (no silent typos).
    func checkNames(in e: Expr, parameters: Set<String>, function: String) throws(Diagnostic) {
        switch e {
        case .number: return
        case .name(let n, let s):
            if parameters.contains(n) || isKnownName(n) || state.units.lookup(n) != nil { return }
            let near = Suggest.nearest(n, among: Array(parameters) + allNames)
            throw Diagnostic(.unknownName, "no parameter, fact, variable or unit named `\(n)`", at: s, label: "not defined",
                             help: near.map { "did you mean `\($0)`?" } ?? "the parameters are \(parameters.sorted().joined(separator: ", "))")
        case .withUnit(let a, let u, let us, _, _):
            try checkNames(in: a, parameters: parameters, function: function)
            _ = try Evaluator(units: state.units, session: self).unit(named: u, at: us)
        case .dollars(let a, _), .percent(let a, _), .negate(let a, _):
            try checkNames(in: a, parameters: parameters, function: function)
        case .binary(_, let a, let b, _, _), .range(let a, let b, _), .convert(let a, let b, _):
            try checkNames(in: a, parameters: parameters, function: function)
            try checkNames(in: b, parameters: parameters, function: function)
        case .call(let n, let s, let arguments, _):
            if n != function && !isFunction(n) {
                throw Diagnostic(.unknownName, "no function named `\(n)`", at: s, label: "not defined",
                                 help: Suggest.nearest(n, among: Array(state.functions.keys) + ComputeLibrary.all.map(\.name)).map { "did you mean `\($0)`?" })
            }
            for a in arguments { try checkNames(in: a.value, parameters: parameters, function: function) }
        }
    }

    /// The text of a span of the input.
    package func text(of span: SourceSpan, in input: String) -> String {
        let bytes = Array(input.utf8)
        let a = min(span.start, bytes.count), b = min(span.end, bytes.count)
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// The prelude's base units for a dimension (USD or the currency's own, kg, s, m), to show a new unit's size.
    func baseUnit(for d: Dimension, in table: UnitTable) -> UnitProduct {
        var p = UnitProduct()
        let bases: [(Int8, String)] = [(d.money, table.currencySymbol(d.currency) ?? "USD"), (d.mass, "kg"), (d.time, "s"), (d.length, "m"), (d.temperature, "degC")]
        for (power, symbol) in bases where power != 0 {
            if let u = table.lookup(symbol), let q = UnitProduct(u).power(Int(power)),
               let merged = p.combined(with: q, sign: 1, in: table) { p = merged }
        }
        return p
    }
}
