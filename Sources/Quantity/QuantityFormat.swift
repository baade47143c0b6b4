/// Renders quantities as Dossier prints them:
///
///     240,000,000 USD   (240 million)
///     600,000 to 700,000 t
///     over 200,000,000 USD/year   (over 200 million)
///     0.4 to 0.466667   (40% to 46.7%)
public struct QuantityFormat: Sendable {
    /// Significant digits for values (`:set digits N`).
    public var significant: Int

    /// Creates a format.
    public init(significant: Int = 6) {
        self.significant = significant
    }

    /// The quantity with its unit and, for large amounts or ratios, a gloss in words or percent.
    public func render(_ q: Quantity, in table: UnitTable) -> String {
        let v = q.displayValue(in: table)
        let unit = q.unit.render(in: table)
        let suffix = unit.isEmpty ? "" : " " + unit
        var main = renderInterval(v) { self.number($0, digits: $1) }
        main += suffix
        if let gloss = gloss(v, isRatio: q.isRatio) {
            main += "   (" + gloss + ")"
        }
        return main
    }

    /// An interval's ends rendered with `number`, joined as "a to b", "over a", "at most b".
    func renderInterval(_ v: Interval, _ number: (Double, Int) -> String) -> String {
        if v.isPoint { return number(v.lo, significant) }
        switch (v.lo.isFinite, v.hi.isFinite) {
        case (true, false): return (v.loOpen ? "over " : "at least ") + number(v.lo, significant)
        case (false, true): return (v.hiOpen ? "under " : "at most ") + number(v.hi, significant)
        case (false, false): return "any amount"
        case (true, true):
            // Show enough digits that distinct ends never print alike.
            var digits = significant
            var a = number(v.lo, digits), b = number(v.hi, digits)
            while a == b && digits < 17 {
                digits += 1
                a = number(v.lo, digits)
                b = number(v.hi, digits)
            }
            return a + " to " + b
        }
    }

    func number(_ x: Double, digits: Int) -> String {
        NumberFormat.grouped(x, significant: digits)
    }

    /// "240 million", "40% to 46.7%", or nil when the plain number says it all.
    func gloss(_ v: Interval, isRatio: Bool) -> String? {
        if isRatio {
            return renderInterval(v.scaled(by: 100)) { x, d in NumberFormat.grouped(x, significant: max(3, min(d, d - 3))) + "%" }
        }
        let biggest = max(v.lo.isFinite ? abs(v.lo) : 0, v.hi.isFinite ? abs(v.hi) : 0)
        guard biggest >= 1e6 else { return nil }
        return renderInterval(v) { x, _ in Self.scaleWords(x) }
    }

    /// 240000000 → "240 million", 1.5e9 → "1.5 billion"; 4 significant digits.
    public static func scaleWords(_ x: Double) -> String {
        let m = abs(x)
        if m >= 1e15 || m < 1e3 { return NumberFormat.grouped(x, significant: 4) }
        if m >= 1e12 { return NumberFormat.grouped(x / 1e12, significant: 4) + " trillion" }
        if m >= 1e9 { return NumberFormat.grouped(x / 1e9, significant: 4) + " billion" }
        if m >= 1e6 { return NumberFormat.grouped(x / 1e6, significant: 4) + " million" }
        return NumberFormat.grouped(x / 1e3, significant: 4) + " thousand"
    }
}
