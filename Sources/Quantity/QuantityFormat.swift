/// Renders quantities as Dossier prints them:
///
///     240,000,000 USD   (240 million)
///     600,000 to 700,000 t
///     over 200,000,000 USD/year   (over 200 million)
///     0.4 to 0.466667   (40% to 46.7%)
public struct QuantityFormat: Sendable {
    /// Significant digits for values (`:set digits N`).
    public var significant: Int
    /// Significant digits of the words beside a large amount: 4, or fewer when the amount itself
    /// shows fewer, so the two forms of one line never disagree (`1,230,000 USD   (1.23 million)`).
    var glossDigits: Int { max(1, min(4, significant)) }

    /// Creates a format.
    public init(significant: Int = 6) {
        self.significant = significant
    }

    /// The quantity with its unit and, for large amounts or ratios, a gloss in words or percent.
    public func render(_ q: Quantity, in table: UnitTable) -> String {
        let v = q.displayValue(in: table)
        if v.isPoint && !q.isRatio, let text = renderWhole(v.lo, unit: q.unit, in: table) { return text }
        return renderGeneral(q, v, in: table)
    }

    /// Any quantity, shown as `v` (its amount in its display unit).
    func renderGeneral(_ q: Quantity, _ v: Interval, in table: UnitTable) -> String {
        // One buffer of bytes, made a string once: this runs once per result line of a script.
        var out: [UInt8] = []
        out.reserveCapacity(64)
        if v.isPoint {
            NumberFormat.appendGrouped(v.lo, significant: significant, to: &out)
        } else {
            out.append(contentsOf: renderInterval(v) { self.number($0, digits: $1) }.utf8)
        }
        if !q.unit.isEmpty {
            let unit = q.unit.render(in: table)
            if !unit.isEmpty {
                out.append(0x20)
                out.append(contentsOf: unit.utf8)
            }
        }
        let m = abs(v.lo)
        if v.isPoint && !q.isRatio && m >= 1e6 && m < 1e15 && m == m.rounded(.towardZero) {
            // The common gloss, "(276.1 million)", written in place.
            out.append(contentsOf: "   (".utf8)
            Self.appendWholeScaleWords(UInt64(m), negative: v.lo < 0, keep: glossDigits, to: &out)
            out.append(UInt8(ascii: ")"))
        } else if let gloss = gloss(v, isRatio: q.isRatio) {
            out.append(contentsOf: "   (".utf8)
            out.append(contentsOf: gloss.utf8)
            out.append(UInt8(ascii: ")"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The common result — a whole amount below 10^15 in at most one unit, not a ratio — written
    /// into one stack buffer and made a string once: the same text as the general path below
    /// (`appendGrouped`, then the unit, then `appendWholeScaleWords` from a million up), without
    /// an array per result. Nil for anything else.
    func renderWhole(_ x: Double, unit: UnitProduct, in table: UnitTable) -> String? {
        let m = abs(x)
        guard x != 0, m < 1e15, m == m.rounded(.towardZero), significant >= 1 else { return nil }
        let symbol: String
        if unit.isEmpty {
            symbol = ""
        } else if unit.count == 1 && unit[0].power == 1 {
            symbol = table[unit[0].unit].symbol
        } else {
            return nil
        }
        let whole = UInt64(m)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 320) { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            // The amount's digits, read once for the number and for its words (bytes 256 ..< 320).
            let digits = base + 256, count = NumberFormat.digits(of: whole, into: digits)
            let shown = digits + 32
            shown.update(from: digits, count: count)
            var n = NumberFormat.writeGroupedDigits(shown, count: NumberFormat.roundDigits(shown, count: count, keep: significant),
                                                    negative: x < 0, to: base)
            if !symbol.isEmpty {
                var fits = true
                var symbol = symbol
                symbol.withUTF8 { bytes in
                    guard bytes.count <= 180 else { fits = false; return }
                    base[n] = 0x20
                    (base + n + 1).update(from: bytes.baseAddress!, count: bytes.count)
                    n += bytes.count + 1
                }
                guard fits else { return nil }
            }
            if whole >= 1_000_000 {
                for c in "   (".utf8 { base[n] = c; n += 1 }
                n += Self.writeWholeScaleWords(digits, count: count, negative: x < 0, keep: glossDigits, to: base + n)
                base[n] = UInt8(ascii: ")")
                n += 1
            }
            return String(decoding: UnsafeBufferPointer(start: base, count: n), as: UTF8.self)
        }
    }

    /// Writes `scaleWords` of a whole number from 1,000 to below 10^15, given as its `count`
    /// decimal digits at `d` (rounded in place; room for one more), at `out` (room for 32 bytes);
    /// returns how many bytes.
    static func writeWholeScaleWords(_ d: UnsafeMutablePointer<UInt8>, count digitCount: Int, negative: Bool, keep: Int = 4,
                                     to out: UnsafeMutablePointer<UInt8>) -> Int {
        // The word goes by the amount before rounding: 4–6 digits thousands, 7–9 millions, 10–12
        // billions, 13–15 trillions.
        let word: StaticString, zeros: Int
        if digitCount >= 13 { (word, zeros) = (" trillion", 12) } else if digitCount >= 10 { (word, zeros) = (" billion", 9) }
        else if digitCount >= 7 { (word, zeros) = (" million", 6) } else { (word, zeros) = (" thousand", 3) }
        let count = NumberFormat.roundDigits(d, count: digitCount, keep: keep)
        // The whole part has the digits above the scale; the fraction what rounding left below it.
        let whole = count - zeros
        var n = NumberFormat.writeGroupedDigits(d, count: whole, negative: negative, to: out)
        var last = count
        while last > whole && d[last - 1] == 0 { last -= 1 }
        if last > whole {
            out[n] = UInt8(ascii: ".")
            n += 1
            for i in whole..<last { out[n] = d[i] + 0x30; n += 1 }
        }
        word.withUTF8Buffer { w in
            (out + n).update(from: w.baseAddress!, count: w.count)
            n += w.count
        }
        return n
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
        if v.isPoint { return Self.scaleWords(v.lo, keep: glossDigits) }
        return renderInterval(v) { x, d in Self.scaleWords(x, keep: min(d, max(glossDigits, d - 2))) }
    }

    /// 240000000 → "240 million", 1.5e9 → "1.5 billion"; `keep` significant digits (4).
    public static func scaleWords(_ x: Double, keep: Int = 4) -> String {
        let m = abs(x)
        if m >= 1e15 || m < 1e3 { return NumberFormat.grouped(x, significant: keep) }
        if m == m.rounded(.towardZero) { return wholeScaleWords(UInt64(m), negative: x < 0, keep: keep) }
        if m >= 1e12 { return NumberFormat.grouped(x / 1e12, significant: keep) + " trillion" }
        if m >= 1e9 { return NumberFormat.grouped(x / 1e9, significant: keep) + " billion" }
        if m >= 1e6 { return NumberFormat.grouped(x / 1e6, significant: keep) + " million" }
        return NumberFormat.grouped(x / 1e3, significant: keep) + " thousand"
    }

    /// `scaleWords` for a whole number from 1,000 to below 10^15.
    static func wholeScaleWords(_ m: UInt64, negative: Bool, keep: Int = 4) -> String {
        var out: [UInt8] = []
        appendWholeScaleWords(m, negative: negative, keep: keep, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `scaleWords` of a whole number from 1,000 to below 10^15, worked on its decimal
    /// digits: the same text as dividing by the scale and printing 4 significant digits (the
    /// quotient's shortest decimal is exact, having at most 15 digits, so rounding its digits half
    /// up is rounding these), without a decimal string per result.
    static func appendWholeScaleWords(_ m: UInt64, negative: Bool, keep: Int = 4, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let text = buffer.baseAddress!, digits = text + 32
            let n = writeWholeScaleWords(digits, count: NumberFormat.digits(of: m, into: digits), negative: negative, keep: keep, to: text)
            out.append(contentsOf: UnsafeBufferPointer(start: text, count: n))
        }
    }
}
