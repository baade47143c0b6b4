import Compute
import Quantity

/// Decides, in one place, what each uncertain input of a program is: the value or range a story
/// item has (the article's, or this session's `:assume` reading), and the distribution `:simulate`
/// draws an input from. The checker asks it for values, the sampler for distributions; a reading
/// of a hedged fact ("about", "up to") belongs here.
struct InputResolver {
    let session: Session

    /// The value of story item `index` (or its `:assume` reading), refusing a vague one.
    func value(ofItem index: Int32, at span: SourceSpan) throws(Diagnostic) -> Evaluated {
        if let o = session.state.overrides[index] {
            return Evaluated(o.value.quantity, o.value.provenance.union(Provenance(items: [index])))
        }
        let item = session.items[index]
        guard let q = item.quantity else {
            var words = "no number"
            if case .vague(let w) = item.fact.value { words = "“\(w)”" }
            throw Diagnostic(.vague, "`\(item.fact.id)` is vague in the article (\(words)), so it has no number to compute with",
                             at: span, label: "vague: \(words)",
                             help: "give it a reading for this session with a range, e.g. `:assume \(item.fact.id) = 2000 to 10000`")
        }
        return Evaluated(q, Provenance(items: [index]))
    }

    /// How `:simulate` draws `input`, or nil when it is one number. A positive range is a
    /// lognormal with its ends at the 5th and 95th percentiles, else a normal (`Distribution.range`).
    func distribution(_ input: ProgramInput, span: SourceSpan) throws(Diagnostic) -> Distribution? {
        let v = input.interval
        if v.isPoint { return nil }
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
