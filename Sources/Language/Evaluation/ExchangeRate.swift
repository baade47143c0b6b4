import Quantity

/// An exchange rate someone stated: `:rate 1 USD = 1,380 KRW from "Bank of Korea" on 2024-10-18`.
///
/// A rate is a sourced assumption, never fetched: every result that goes through one lists it.
struct ExchangeRate: Equatable {
    /// The two currencies (`Dimension.currency`), as stated: `fromAmount` of one is `toAmount` of the other.
    var from: UInt8, to: UInt8
    var fromAmount: Double, toAmount: Double
    /// The currencies' symbols, for display.
    var fromSymbol: String, toSymbol: String
    /// Who gives the rate, and when, if stated.
    var source: String?
    var date: String?

    /// "1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)"
    var description: String {
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
