import Quantity

/// An exchange rate someone stated: `:rate 1 USD = 1,380 KRW from "Bank of Korea" on 2024-10-18`.
///
/// A rate is a sourced assumption, never fetched: every result that goes through one lists it.
package struct ExchangeRate: Equatable {
    /// The two currencies (`Dimension.currency`), as stated: `fromAmount` of one is `toAmount` of the other.
    var from: UInt8, to: UInt8
    var fromAmount: Double, toAmount: Double
    /// The currencies' symbols, for display.
    var fromSymbol: String, toSymbol: String
    /// Who gives the rate, and when, if stated.
    package var source: String?
    package var date: String?

    /// "1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)"
    package var description: String {
        let amounts = "\(NumberFormat.grouped(fromAmount, significant: 15)) \(fromSymbol) = \(NumberFormat.grouped(toAmount, significant: 15)) \(toSymbol)"
        let said = [source, date].compactMap { $0 }
        return said.isEmpty ? amounts + " (no source given)" : amounts + " (" + said.joined(separator: ", ") + ")"
    }

    /// How many of currency `other` one of currency `currency` is, if this rate joins the two.
    func units(of other: UInt8, per currency: UInt8) -> Double? {
        if from == currency && to == other { return toAmount / fromAmount }
        if to == currency && from == other { return fromAmount / toAmount }
        return nil
    }
}

extension SessionState {
    /// The latest rate stated in the session between two currencies: its index and how many
    /// `other` one `currency` is.
    func rate(of other: UInt8, per currency: UInt8) -> (Int32, Double)? {
        for (i, r) in rates.enumerated().reversed() {
            if let k = r.units(of: other, per: currency) { return (Int32(i), k) }
        }
        return nil
    }
}

extension ExchangeRate {
    /// `A = B`: two positive amounts of two currencies, read from `p`.
    package static func amounts(_ p: inout Parser, units: UnitTable) throws(Diagnostic) -> ExchangeRate {
        let (left, _) = try p.expr()
        _ = try p.expect(.equals, "`=` and the amount in the other currency")
        let (right, _) = try p.expr()
        let a = try amount(left, units), b = try amount(right, units)
        guard a.currency != b.currency else {
            throw Diagnostic(.command, "a rate joins two different currencies", at: left.span.union(right.span), label: "one currency")
        }
        return ExchangeRate(from: a.currency, to: b.currency, fromAmount: a.value, toAmount: b.value, fromSymbol: a.symbol, toSymbol: b.symbol)
    }

    /// One side of a rate: a positive amount of one currency.
    static func amount(_ e: Expr, _ units: UnitTable) throws(Diagnostic) -> (value: Double, currency: UInt8, symbol: String) {
        let q = try Evaluator(units: units, session: nil).eval(e).quantity
        let d = q.dimension
        guard d.money == 1, d.mass == 0, d.time == 0, d.length == 0, d.temperature == 0, let symbol = units.currencySymbol(d.currency) else {
            throw Diagnostic(.command, "each side of a rate is an amount of one currency, like `1 USD` or `1,380 KRW`", at: e.span,
                             label: "not an amount of money")
        }
        guard q.value.isPoint, q.value.lo > 0 else {
            throw Diagnostic(.command, "a rate is one positive amount on each side, not a range or a bound", at: e.span, label: "not one amount")
        }
        return (q.value.lo, d.currency, symbol)
    }
}
