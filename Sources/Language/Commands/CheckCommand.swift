import Quantity

/// `:check`: recomputes the article's own arithmetic and says whether its numbers hold.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", usage: "[ID]", summary: "recompute the article's own arithmetic", help: """
        :check [ID]
          Re-evaluates each checkable claim of the story (the article's own arithmetic, stored as a
          formula over its facts) and compares the result with the number the article states:
            holds         the computed value lies within what the article states
            contradicted  the computed value lies wholly outside it
            partly holds  the computed range overlaps what is stated but is not inside it
          :assume readings are used when set, and the check says so.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        var claims = session.story.checkableClaims
        if !arguments.isEmpty {
            claims = claims.filter { $0.id == arguments }
            if claims.isEmpty {
                let near = Suggest.nearest(arguments, among: session.story.checkableClaims.map(\.id))
                throw Diagnostic(.unknownName, "no checkable claim named `\(arguments)`", at: SourceSpan(offset, offset + arguments.utf8.count),
                                 help: near.map { "did you mean `\($0)`?" } ?? "the story has \(session.story.checkableClaims.count) checkable claim(s); :check lists them")
            }
        }
        if claims.isEmpty { return .text("this story has no checkable claims") }
        var blocks: [String] = []
        let format = QuantityFormat(significant: session.state.digits)
        let units = session.state.units
        for claim in claims {
            var lines = ["\(claim.id): \(claim.formula)"]
            do throws(Diagnostic) {
                guard let statement = try Parser.parse(claim.formula), case .expression(let e) = statement else {
                    throw Diagnostic(.syntax, "the formula is not an expression")
                }
                let evaluator = Evaluator(units: units, session: session)
                let computed = try evaluator.eval(e)
                guard let index = session.items.byId[claim.statedFactId] else {
                    throw Diagnostic(.unknownName, "the stated fact `\(claim.statedFactId)` is not in the story")
                }
                let stated = try session.storyValue(index, at: SourceSpan(0, 0))
                let shownComputed: Quantity
                do throws(QuantityError) {
                    shownComputed = try computed.quantity.converted(to: stated.quantity, in: units)
                } catch {
                    throw error.asDiagnostic
                }
                lines.append("  computed: " + format.render(shownComputed, in: units))
                lines.append("  stated:   " + format.render(stated.quantity, in: units) + "   (\(claim.statedFactId))")
                lines.append("  verdict:  " + verdict(computed.quantity.value, stated.quantity.value))
                lines.append(session.provenanceLines(computed.provenance).dropFirst().description)
            } catch {
                lines.append("  cannot check: " + error.message)
            }
            blocks.append(lines.filter { !$0.isEmpty }.joined(separator: "\n"))
        }
        return .text(blocks.joined(separator: "\n"))
    }

    /// Whether `computed` lies within `stated` (respecting open ends), outside it, or across its edge.
    static func verdict(_ computed: Interval, _ stated: Interval) -> String {
        func above(_ x: Double, _ bound: Double, open: Bool) -> Bool { open ? x > bound : x >= bound }
        func below(_ x: Double, _ bound: Double, open: Bool) -> Bool { open ? x < bound : x <= bound }
        let inside = above(computed.lo, stated.lo, open: stated.loOpen) && below(computed.hi, stated.hi, open: stated.hiOpen)
        if inside { return "holds" }
        let disjoint = !above(computed.hi, stated.lo, open: stated.loOpen) || !below(computed.lo, stated.hi, open: stated.hiOpen)
        return disjoint ? "contradicted" : "partly holds (the computed range crosses the stated bound)"
    }
}

extension QuantityError {
    /// Lets quantity errors surface inside diagnostic-throwing command code.
    var asDiagnostic: Diagnostic {
        switch self {
        case .dimensionMismatch(let a, let b, _):
            return Diagnostic(.dimension, "the computed value is \(a.phrase) (\(a.name)) but the stated one is \(b.phrase) (\(b.name))")
        default:
            return Diagnostic(.value, "the computed value cannot be compared with the stated one")
        }
    }
}
