import Quantity

extension Evaluator {
    /// Whether a unit is a counting word (`soldier`, `worker`, a user's `unit crate`): a
    /// dimensionless label of size 1, which needs a number before it.
    func isCountNoun(_ unit: Int32) -> Bool {
        units.dimension(unit).isNone && units.factor(unit) == 1
    }

    /// The error for a counting word used alone (`workers * worker_pay`): it is a label, not a
    /// number, and never silently 1 of something. Suggests the story's facts it may stand for.
    func countNounError(_ name: String, at span: SourceSpan) -> Diagnostic {
        let matches = session.map { Evaluator.factsMatching(name, in: $0) } ?? []
        var help = "write a number before it, like `4000 \(name)`"
        if !matches.isEmpty {
            help = "did you mean " + matches.prefix(3).map { "`\($0)`" }.joined(separator: " or ") + "? Or " + help
        }
        return Diagnostic(.value, "`\(name)` is a counting word, not a number: it needs a number before it", at: span,
                          label: "how many?", help: help)
    }

    /// Ids of facts whose id or `about` text holds the word (without a plural `s`).
    static func factsMatching(_ word: String, in session: Interpreter) -> [String] {
        var stem = word.lowercased()
        if stem.count > 3 && stem.hasSuffix("s") { stem.removeLast() }
        if stem == "troop" { stem = "troops" }   // troops_if_sent, troops_sent
        let matching = session.items.items.map(\.fact).filter { fact in
            fact.id.lowercased().contains(stem) || fact.about.lowercased().contains(stem)
        }
        // Only a count stands in for a counting word: `worker_count`, not `worker_pay`.
        let counts = matching.filter { $0.unit.isEmpty }
        return counts.map(\.id)
    }

    /// Whether `a / b` is a ratio of two of the story's counts (`worker_count / troops_if_sent`),
    /// shown as a percentage as a ratio of money is.
    func isCountRatio(_ a: Evaluated, _ b: Evaluated) -> Bool {
        guard let session, a.quantity.dimension.isNone, b.quantity.dimension.isNone,
              !a.provenance.items.isEmpty, !b.provenance.items.isEmpty else { return false }
        let items = session.items
        func counts(_ p: Provenance) -> Bool {
            p.items.allSatisfy { items[$0].fact.unit.isEmpty }   // a count fact has no unit
        }
        return counts(a.provenance) && counts(b.provenance)
    }
}
