import Language
import Quantity
import Story

/// `:rate 1 USD = 1,380 KRW [from "SOURCE"] [on DATE]`: an exchange rate for this session.
enum RateCommand {
    static let spec = CommandSpec(
        name: "rate", usage: "A = B [from \"SOURCE\"] [on DATE]", summary: "state an exchange rate between two currencies", help: """
        :rate 1 USD = 1,380 KRW from "Bank of Korea" on 2024-10-18
          States the rate between two currencies for the rest of the session (the source and the
          date, YYYY, YYYY-MM or YYYY-MM-DD, are optional but should be given). Two currencies
          never meet without one: adding, comparing or converting USD and KRW is an error until a
          rate joins them. Every result that went through a rate lists it ("rate: …"), like an
          assumption. Rates are never fetched; a later :rate for the same pair replaces the earlier.
        :rate
          Lists the rates stated so far: the story's (`rate` records, see docs/story-format.md),
          then the session's.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        if arguments.isEmpty {
            let rates = session.storyRates + session.state.rates
            let refused = session.storyRateIssues.map { "the story's rate on line \($0.line) is not used: \($0.message)" }
            if rates.isEmpty && refused.isEmpty { return .text("no rates stated; state one with :rate 1 USD = N KRW from \"SOURCE\" on DATE") }
            return .text((rates.map { "rate: " + $0.description } + refused).joined(separator: "\n"))
        }
        guard let rate = try Parser.parseTail(session.currentInput, from: offset, { (p: inout Parser) throws(Diagnostic) -> ExchangeRate in
            var rate = try ExchangeRate.amounts(&p, units: session.state.units)
            if p.current.kind == .identifier && p.text(p.current.span) == "from" {
                _ = p.advance()
                let s = try p.expect(.string, "the source in quotes, like \"Bank of Korea\"")
                rate.source = p.text(SourceSpan(s.span.start + 1, s.span.end - 1)).trimmingWhitespace()
            }
            if p.current.kind == .identifier && p.text(p.current.span) == "on" {
                _ = p.advance()
                let start = p.current.span.start
                let date = p.text(SourceSpan(start, session.currentInput.utf8.count)).trimmingWhitespace()
                guard StatedRate.isDate(date) else {
                    throw Diagnostic(.command, "expected a date like 2024-10-18 (or 2024-10, or 2024)", at: SourceSpan(start, max(start + 1, session.currentInput.utf8.count)),
                                     label: "not a date")
                }
                rate.date = date
                while p.current.kind != .end { _ = p.advance() }
            }
            guard p.current.kind == .end else { throw p.unexpected(expected: "`from \"SOURCE\"`, `on DATE` or the end") }
            return rate
        }) else { return .incomplete }
        session.state.rates.append(rate)
        return .text("rate: " + rate.description + " for this session")
    }
}
