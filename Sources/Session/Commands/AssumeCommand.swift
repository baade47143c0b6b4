import Language
import Quantity

/// `:assume ID = EXPR`: a reading for a story item, for this session.
enum AssumeCommand {
    static let spec = CommandSpec(
        name: "assume", usage: "ID = EXPR", summary: "give a fact or assumption another value for this session", help: """
        :assume ID = EXPR
          Overrides the assumption ID (or gives a fact, such as the vague `troops_sent`, a reading)
          for the rest of the session. Every result that uses it says so ("assumes: … (your :assume)").
          The value must have the item's dimension. Examples:
            :assume troops_sent = 2000 to 10000
            :assume grain_need = 5.5 Mt/year
        :assume ID
          Shows the item's current reading.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        guard let result = try Parser.parseTail(session.currentInput, from: offset, { (p: inout Parser) throws(Diagnostic) -> CommandResult in
            let idToken = try p.expect(.identifier, "a fact or assumption id")
            let id = p.text(idToken.span)
            guard let index = session.items.byId[id] else {
                let near = Suggest.nearest(id, among: session.items.items.map(\.fact.id))
                throw Diagnostic(.unknownName, "no fact or assumption named `\(id)`", at: idToken.span, label: "not in the story",
                                 help: near.map { "did you mean `\($0)`?" } ?? ":assumptions and :facts list them")
            }
            let item = session.items[index]
            if p.current.kind == .end {
                if let o = session.state.overrides[index] { return .text("\(id) = \(o.source) (your :assume)") }
                return .text("\(id) = \(Session.describe(item.fact.value)) \(item.fact.unit) (\(item.isAssumption ? "assumption" : "from the article"))")
            }
            _ = try p.expect(.equals, "`=` and a value")
            let start = p.current.span.start
            let (e, _) = try p.expr()
            try p.expectEnd()
            // Evaluate without the item's own override, so `:assume x = x * 2` uses the story's value.
            let saved = session.state.overrides[index]
            session.state.overrides[index] = nil
            let evaluated: Evaluated
            do throws(Diagnostic) {
                let evaluator = Evaluator(units: session.state.units, session: session)
                evaluated = try evaluator.eval(e)
                session.state.overrides[index] = saved
            } catch {
                session.state.overrides[index] = saved
                throw error
            }
            let value = evaluated
            let expected = item.quantity?.dimension ?? .none
            guard value.quantity.dimension == expected else {
                throw Diagnostic(.dimension, "`\(id)` is \(expected.described); this value is \(value.quantity.dimension.described)",
                                 at: e.span, label: "wrong dimension", help: item.fact.unit.isEmpty ? "give a plain number or range" : "give it in \(item.fact.unit)")
            }
            let source = session.text(of: SourceSpan(start, e.span.end), in: session.currentInput)
            session.state.overrides[index] = Override(value: Evaluated(value.quantity, value.provenance), source: source)
            let shown = QuantityFormat(significant: session.state.digits).render(value.quantity, in: session.state.units)
            return .text("assume \(id) = \(shown) for this session (\(item.isAssumption ? "the story's assumption is" : "the article says") \(Session.describe(item.fact.value))\(item.fact.unit.isEmpty ? "" : " " + item.fact.unit))")
        }) else { return .incomplete }
        return result
    }
}
