#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Quantity

extension Evaluator {
    /// `b` (the value on top of the program's stack) in the currency of `a`, through the rate
    /// stated between them, when both hold money in different currencies; nil when they do not
    /// (nothing to exchange). With no stated rate it is an error that says how to state one.
    func exchanged(_ b: Evaluated, into a: Quantity, span: SourceSpan) throws(Diagnostic) -> Evaluated? {
        guard b.quantity.dimension.isOtherCurrency(than: a.dimension) else { return nil }
        let target = a.dimension.currency, source = b.quantity.dimension.currency
        let targetSymbol = units.currencySymbol(target) ?? "?", sourceSymbol = units.currencySymbol(source) ?? "?"
        guard let (index, perTarget) = session?.rate(of: source, per: target) else {
            throw Evaluator.missingRate(targetSymbol, sourceSymbol, at: span)
        }
        let power = Int(b.quantity.dimension.money)
        let factor = pow(1 / perTarget, Double(power))
        var q = b.quantity
        q.value = q.value.scaled(by: factor)
        try builder.emit(.scale(factor))
        q.dimension = q.dimension.inCurrency(target)
        // Shown in the target currency: swap the source currency's unit for the target's.
        if let t = units.lookup(targetSymbol), let s = units.lookup(sourceSymbol),
           let swap = UnitProduct(t).combined(with: UnitProduct(s), sign: -1, in: units)?.power(power),
           let unit = q.unit.combined(with: swap, sign: 1, in: units) {
            q.unit = unit
        } else {
            throw Diagnostic(.limit, "the unit of the result is too complex to exchange", at: span)
        }
        return Evaluated(q, b.provenance.union(Provenance(rates: [index])))
    }

    /// Two currencies met where no rate is applied (inside a computation-module function): the
    /// missing rate, or, when one is stated, that the function takes one currency.
    func currencyDiagnostic(_ x: Dimension, _ y: Dimension, at span: SourceSpan) -> Diagnostic {
        let a = units.currencySymbol(x.currency) ?? "?", b = units.currencySymbol(y.currency) ?? "?"
        guard session?.rate(of: y.currency, per: x.currency) != nil else { return Evaluator.missingRate(a, b, at: span) }
        return Diagnostic(.rate, "\(a) and \(b) meet inside a function, which takes one currency", at: span, label: "\(a) and \(b)",
                          help: "convert first, e.g. `x to \(a)`; the stated rate is used there and listed")
    }

    /// The error for two currencies that met with no rate between them.
    static func missingRate(_ a: String, _ b: String, at span: SourceSpan) -> Diagnostic {
        // Rates are quoted per dollar (1 USD = 1,380 KRW), so the help names USD first.
        let (a, b) = b == "USD" ? (b, a) : (a, b)
        return Diagnostic(.rate, "no exchange rate between \(a) and \(b) is stated", at: span, label: "\(a) and \(b)",
                   help: "two currencies meet only through a rate you state, with its source: `:rate 1 \(a) = N \(b) from \"SOURCE\" on DATE`")
    }
}
