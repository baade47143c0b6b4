import Compute
import Quantity
import Story

extension Interpreter {
    /// Whether `name` is a variable, story item or function (anything but a unit).
    func isKnownName(_ name: String) -> Bool {
        state.variables[name] != nil || items.byId[name] != nil || isFunction(name)
    }

    /// Whether `name` is a user or computation-module function.
    func isFunction(_ name: String) -> Bool {
        state.functions[name] != nil || ComputeLibrary.lookup(name) != nil
    }

    /// Every name an expression can use: variables, facts, assumptions, functions, units.
    package var allNames: [String] {
        Array(state.variables.keys) + items.items.map(\.fact.id) + Array(state.functions.keys)
            + ComputeLibrary.all.map(\.name) + state.units.allNames
    }

    /// The value of story item `index` (or its `:assume` reading), refusing a vague one (see
    /// `InputResolver`, which decides it).
    package func storyValue(_ index: Int32, at span: SourceSpan) throws(Diagnostic) -> Evaluated {
        try InputResolver(session: self).value(ofItem: index, at: span)
    }

    /// Renders a value and its provenance, the way results print:
    ///
    ///     240,000,000 USD   (240 million)
    ///       uses: soldier_pay (around; reportedly)
    package func render(_ value: Evaluated, name: String? = nil) -> String {
        let format = QuantityFormat(significant: state.digits)
        if name == nil && value.provenance.isEmpty && !value.mayBeWider { return format.render(value.quantity, in: state.units) }
        var out = (name.map { $0 + " = " } ?? "") + format.render(value.quantity, in: state.units)
        if value.mayBeWider { out += "\n" + Interpreter.mayBeWiderNote }
        out += provenanceLines(value.provenance)
        return out
    }

    /// Said under a range that could not be shown to be exact.
    package static let mayBeWiderNote = "  (this range holds every value but may be wider than the truth: an input is used more than once in a way not solved exactly)"

    /// The "uses:", "assumes:" and "note:" lines for a provenance (empty when there is none).
    package func provenanceLines(_ p: Provenance, readings: Bool? = nil) -> String {
        let readings = readings ?? state.hedgesOn
        if p.isEmpty { return "" }
        var uses: [String] = [], assumes: [String] = []
        for index in p.items {
            let item = items[index]
            if let o = state.overrides[index] {
                assumes.append("\(item.fact.id) = \(o.source) (your :assume\(item.isAssumption ? "" : "; the article says \(Interpreter.describe(item.fact.value))"))")
            } else if item.isAssumption {
                assumes.append("\(item.fact.id) (\(Interpreter.describe(item.fact.value)) \(item.fact.unit); not in the article)")
            } else {
                var words = Interpreter.qualifierWords(item.fact)
                // Over readings, say which interval stood in for the stated number.
                if readings, let r = reading(of: index) { words += (words.isEmpty ? "" : "; ") + "read as " + show(r) }
                uses.append(words.isEmpty ? item.fact.id : "\(item.fact.id) (\(words))")
            }
        }
        var out = ""
        if !uses.isEmpty { out += "\n  uses: " + uses.joined(separator: ", ") }
        if !assumes.isEmpty { out += "\n  assumes: " + assumes.joined(separator: ", ") }
        for r in p.rates { out += "\n  rate: " + rateDescription(r) }
        for u in p.unitNotes {
            if let note = state.units[u].note { out += "\n  note: " + note }
        }
        return out
    }

    /// "around; reportedly": the qualifier and the hedge words, without repeats.
    static func qualifierWords(_ fact: Fact) -> String {
        var words: [String] = []
        if let q = fact.qualifier, !q.isEmpty { words.append(q) }
        for h in fact.hedges where !words.contains(where: { $0.lowercased().contains(h.word.lowercased()) }) {
            words.append(h.word)
        }
        return words.joined(separator: "; ")
    }

    /// A fact's amount in words: "2,000", "600,000 to 700,000", "over 200,000,000", "“thousands”".
    package static func describe(_ value: FactValue) -> String {
        switch value {
        case .point(let x): return NumberFormat.grouped(x)
        case .range(let a, let b): return NumberFormat.grouped(a) + " to " + NumberFormat.grouped(b)
        case .lowerBound(let x, let strict): return (strict ? "over " : "at least ") + NumberFormat.grouped(x)
        case .upperBound(let x, let strict): return (strict ? "under " : "at most ") + NumberFormat.grouped(x)
        case .vague(let w): return "“\(w)”"
        }
    }
}
