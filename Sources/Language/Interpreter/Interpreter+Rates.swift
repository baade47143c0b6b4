import Quantity
import Story

/// Exchange rates: those the story states (`rate` records), then those stated with `:rate`, a
/// later one for the same two currencies taking over. In a provenance a story's rate `i` is
/// numbered `-1 - i`, a session's its index in `state.rates`.
extension Interpreter {
    /// The rates the story states, read against the units (once).
    package var storyRates: [ExchangeRate] { readStoryRates().rates }

    /// Problems in the story's rates (an amount that is not of a currency…).
    package var storyRateIssues: [StoryIssue] { readStoryRates().issues }

    private func readStoryRates() -> (rates: [ExchangeRate], issues: [StoryIssue]) {
        if let loadedRates { return loadedRates }
        var rates: [ExchangeRate] = [], issues: [StoryIssue] = []
        let names = Dictionary(story.sources.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for stated in story.rates {
            do throws(Diagnostic) {
                guard var rate = try Parser.parseTail(stated.value, from: 0, { (p: inout Parser) throws(Diagnostic) -> ExchangeRate in
                    let rate = try ExchangeRate.amounts(&p, units: state.units)
                    try p.expectEnd()
                    return rate
                }) else { throw Diagnostic(.syntax, "an unclosed bracket") }
                rate.source = names[stated.sourceId] ?? stated.sourceId
                rate.date = stated.date
                rates.append(rate)
            } catch {
                issues.append(StoryIssue(line: stated.line, field: "value", message: "`\(stated.value)`: \(error.message)"))
            }
        }
        loadedRates = (rates, issues)
        return (rates, issues)
    }

    /// The latest rate between two currencies: the session's, else the story's; its number (see
    /// above) and how many `other` one `currency` is.
    func rate(of other: UInt8, per currency: UInt8) -> (Int32, Double)? {
        if let found = state.rate(of: other, per: currency) { return found }
        for (i, r) in storyRates.enumerated().reversed() {
            if let k = r.units(of: other, per: currency) { return (-1 - Int32(i), k) }
        }
        return nil
    }

    /// "1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)" for rate number `index`.
    func rateDescription(_ index: Int32) -> String {
        index < 0 ? storyRates[Int(-1 - index)].description : state.rates[Int(index)].description
    }
}
