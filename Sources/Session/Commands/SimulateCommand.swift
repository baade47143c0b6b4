import Compute
import Glibc
import Language
import Quantity

/// `:simulate [--samples N] EXPR` — Monte Carlo over the expression's uncertain inputs.
enum SimulateCommand {
    static let spec = CommandSpec(
        name: "simulate", usage: "[--samples N] EXPR", summary: "Monte Carlo: draw the uncertain inputs and summarise", help: """
        :simulate [--samples N] EXPR
          Draws every uncertain input of EXPR once per sample (default 100,000 samples, at most
          10,000,000) and prints the mean, the 5th, 50th and 95th percentiles and a histogram.
          A positive range `a to b` is read, as in Squiggle, as a lognormal with a at its 5th and
          b at its 95th percentile (a range reaching zero or below, as a normal). An input used
          twice is the same draw each time. The draws follow the seed (:seed), so the figures
          are the same each time. Ctrl-C cancels a running simulation.
          A hedged fact ("around $2,000", "thousands") is drawn from its reading in the hedge
          table (:hedges, docs/hedges.md) the way a range is; a one-sided reading ("over $200
          million", "nearly 100") is drawn uniformly within it, so no draw passes the bound the
          article states. The summary lists the readings drawn; an "if" fact is a scenario and
          stays at its number.
            :simulate (8000 to 12000) * (1800 to 2200) * 12
            :simulate troops_if_sent * soldier_pay * 1 year
        """
    ) { session, arguments, offset throws(Diagnostic) in
        guard let result = try Parser.parseTail(session.currentInput, from: offset, { (p: inout Parser) throws(Diagnostic) -> CommandResult in
            try run(&p, session)
        }) else { return .incomplete }
        return result
    }

    static let defaultSamples = 100_000
    static let maxSamples = 10_000_000

    static func run(_ p: inout Parser, _ session: Session) throws(Diagnostic) -> CommandResult {
        var samples = defaultSamples
        if p.current.kind == .minus && p.peek().kind == .minus && p.peek(2).kind == .identifier {
            let start = p.current.span.start
            _ = p.advance(); _ = p.advance()
            let flag = p.advance()
            guard p.text(flag.span) == "samples" else {
                throw Diagnostic(.command, "unknown option `--\(p.text(flag.span))`", at: SourceSpan(start, flag.span.end), help: "the option is --samples N")
            }
            let n = try p.expect(.number, "the number of samples after --samples")
            guard let count = Int(exactly: n.number), count >= 1, count <= maxSamples else {
                throw Diagnostic(.limit, "the number of samples must be a whole number from 1 to 10,000,000", at: n.span, label: "out of range")
            }
            samples = count
        }
        if p.current.kind == .end { throw p.unexpected(expected: "an expression to simulate") }
        let expressionStart = p.current.span.start
        let (e, _) = try p.expr()
        try p.expectEnd()
        // The check gives the program, the unit and the provenance; over the readings, so a
        // vague fact with one (`troops_sent`) can be simulated.
        let evaluator = Evaluator(units: session.state.units, session: session)
        let exact = try session.overReadings { () throws(Diagnostic) in try evaluator.check(e) }
        var results = try Sampler(program: evaluator.builder.program, session: session).run(count: samples, seed: session.state.seed, span: e.span)
        let factor = exact.quantity.unit.factor(in: session.state.units)
        if factor != 1 { for i in results.indices { results[i] /= factor } }
        let summary = SampleSummary.of(&results)
        session.lastFigure = .histogram(figure(summary, exact.quantity, expression: Self.text(from: expressionStart, of: session), session: session))
        let readings = session.readingList(exact.provenance)
        var drawn = readings.isEmpty ? "" : "\n  readings drawn (\(howDrawn(exact.provenance, session))):\n    " + readings.joined(separator: "\n    ")
        let kept = session.faceValueList(exact.provenance)
        if !kept.isEmpty { drawn += "\n  kept at face value: " + kept.joined(separator: ", ") }
        return .text(render(summary, exact.quantity, seed: session.state.seed, session: session) + session.provenanceLines(exact.provenance, readings: false) + drawn)
    }

    /// How the readings of `p` were drawn: a two-sided one as a range is, a one-sided one
    /// uniformly within it, so that no draw passes the bound the article states.
    static func howDrawn(_ p: Provenance, _ session: Session) -> String {
        let hard = p.items.compactMap { session.reading(of: $0) }.map { $0.reading.hardEnd != nil }
        let twoSided = "as a range is: 90% of draws within it", oneSided = "uniformly within it: no draw passes the bound the article states"
        if !hard.contains(true) { return "each \(twoSided); docs/hedges.md" }
        if !hard.contains(false) { return "each \(oneSided); docs/hedges.md" }
        return "a two-sided one \(twoSided); a one-sided one \(oneSided); docs/hedges.md"
    }

    static func render(_ s: SampleSummary, _ q: Quantity, seed: UInt64, session: Session) -> String {
        let format = QuantityFormat(significant: min(session.state.digits, 4))
        let units = session.state.units
        func show(_ x: Double) -> String {
            var point = q
            point.value = Interval(point: x * q.unit.factor(in: units))
            return format.render(point, in: units)
        }
        var lines = ["\(NumberFormat.grouped(Double(s.count), significant: 17)) samples, seed \(seed)"]
        lines.append("  mean  " + show(s.mean))
        lines.append("  5%    " + show(s.p5))
        lines.append("  50%   " + show(s.p50))
        lines.append("  95%   " + show(s.p95))
        // Bin edges in scale words when large ("186 million"), so the labels stay short.
        let large = s.bins.contains { abs($0.hi) >= 1e6 || abs($0.lo) >= 1e6 }
        func edge(_ x: Double) -> String { large ? QuantityFormat.scaleWords(x) : NumberFormat.grouped(x, significant: 3) }
        // The end bins are open-ended (`< a`, `> b`): each counts only what lies beyond its edge.
        var rows: [(label: String, count: Int)] = []
        if s.below > 0, let first = s.bins.first { rows.append(("< \(edge(first.lo))", s.below)) }
        rows += s.bins.map { ("\(edge($0.lo)) – \(edge($0.hi))", $0.count) }
        if s.above > 0, let last = s.bins.last { rows.append(("> \(edge(last.hi))", s.above)) }
        let width = rows.map(\.label.count).max() ?? 0
        let most = rows.map(\.count).max() ?? 1
        for row in rows {
            let bar = String(repeating: "█", count: Int((Double(row.count) / Double(max(1, most)) * 40).rounded()))
            lines.append("  " + row.label + String(repeating: " ", count: max(0, width - row.label.count)) + "  " + bar)
        }
        if s.logSpaced, let first = s.bins.first, let last = s.bins.last {
            let orders = NumberFormat.grouped(log10(last.hi / first.lo), significant: 2)
            lines.append("  (bins log-spaced: the 1st to 99th percentiles span \(orders) orders of magnitude)")
        }
        return lines.joined(separator: "\n")
    }
}
