import Compute
import Quantity

/// Decides, in one place, what each uncertain input of a program is: the value or range a story
/// item has (the article's, or this session's `:assume` reading), and the distribution `:simulate`
/// draws an input from. The checker asks it for values, the sampler for distributions; a reading
/// of a hedged fact ("about", "up to") belongs here.
struct InputResolver {
    let session: Interpreter

    /// The value of story item `index`: this session's `:assume` reading, else its hedge reading
    /// when `:set hedges on`, else the article's value; a vague one is refused.
    func value(ofItem index: Int32, at span: SourceSpan) throws(Diagnostic) -> Evaluated {
        let state = session.state
        if let o = state.overrides[index] {
            return Evaluated(o.value.quantity, o.value.provenance.union(Provenance(items: [index])))
        }
        if state.hedgesOn, let r = session.reading(of: index) { return Evaluated(r.quantity, Provenance(items: [index])) }
        let item = session.items[index]
        guard let q = item.quantity else {
            var words = "no number"
            if case .vague(let w) = item.fact.value { words = "“\(w)”" }
            var help = "give it a reading for this session with a range, e.g. `:assume \(item.fact.id) = 2000 to 10000`"
            if let r = session.reading(of: index) {
                help = "the hedge table reads \(words) as \(session.show(r)) (docs/hedges.md): `:set hedges on` computes with that reading; "
                    + "or give your own with `:assume \(item.fact.id) = …`"
            }
            throw Diagnostic(.vague, "`\(item.fact.id)` is vague in the article (\(words)), so it has no number to compute with",
                             at: span, label: "vague: \(words)", help: help)
        }
        return Evaluated(q, Provenance(items: [index]))
    }

    /// How `:simulate` draws `input`, or nil when it is one number. A hedged fact is drawn from its
    /// reading: the way a range is, or uniformly within it when one end is a bound the article
    /// states, so no draw passes it (docs/hedges.md); a positive range is a lognormal with its ends
    /// at the 5th and 95th percentiles, else a normal (`Distribution.range`).
    func distribution(_ input: ProgramInput, span: SourceSpan) throws(Diagnostic) -> Distribution? {
        var v = input.interval
        var hard = false
        if input.key.owner == InputKey.story, let r = session.reading(of: Int32(input.key.position)) {
            v = r.quantity.value
            hard = r.reading.hardEnd != nil
        }
        if v.isPoint { return nil }
        if hard { return .uniform(lo: v.lo, hi: v.hi) }
        if input.endsVary {
            throw Diagnostic(.value, "in a simulation a range's ends must be fixed numbers", at: input.span ?? span,
                             help: "write the ends as numbers or point values")
        }
        guard v.isBounded else {
            var id = "this input"
            if input.key.owner == InputKey.story { id = session.items[Int32(input.key.position)].fact.id }
            throw Diagnostic(.value, "`\(id)` is a one-sided bound, which a simulation cannot draw from", at: input.span ?? span,
                             label: "a bound", help: "give it a range for this session, e.g. `:assume \(id) = … to …`")
        }
        return Distribution.range(v.lo, v.hi)
    }
}
