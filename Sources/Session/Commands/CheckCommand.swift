import Language
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
          It judges twice: at face value, where a stated number carries its own precision ("27
          million" is 26.5 to 27.5 million) and values are compared as they print, and over the
          readings of the hedged numbers on both sides (:hedges): "holds for every reading",
          "fails for part of the reading" or "fails for every reading".
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
                guard let index = session.items.byId[claim.statedFactId] else {
                    throw Diagnostic(.unknownName, "the stated fact `\(claim.statedFactId)` is not in the story")
                }
                // Face value first, whatever `:set hedges` says; CheckVerdict then goes over the readings.
                let (computed, stated) = try session.withHedges(false) { () throws(Diagnostic) in
                    (try Evaluator(units: units, session: session).eval(e), try session.storyValue(index, at: SourceSpan(0, 0)))
                }
                let shownComputed: Quantity
                do throws(QuantityError) {
                    shownComputed = try computed.quantity.converted(to: stated.quantity, in: units)
                } catch {
                    throw error.asDiagnostic
                }
                lines.append("  computed: " + format.render(shownComputed, in: units))
                lines.append("  stated:   " + format.render(stated.quantity, in: units) + "   (\(claim.statedFactId))")
                lines += try CheckVerdict.lines(computed: shownComputed, formula: e, stated: stated.quantity, statedIndex: index, session: session)
                lines.append(session.provenanceLines(computed.provenance, readings: false).dropFirst().description)
            } catch {
                lines.append("  cannot check: " + error.message)
            }
            blocks.append(lines.filter { !$0.isEmpty }.joined(separator: "\n"))
        }
        return .text(blocks.joined(separator: "\n"))
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
