/// The reading of a hedged number: the interval a reader takes it to mean, and the row that made it.
///
/// A pure function of the stated value, the word qualifying it and the hedge table; numbers are in
/// the fact's own unit (`2,000` for `2,000 USD/month`).
public struct HedgeReading: Sendable, Equatable {
    /// The lower end.
    public var lo: Double
    /// The upper end.
    public var hi: Double
    /// Whether the lower end is excluded ("over 200 million").
    public var loOpen = false
    /// Whether the upper end is excluded ("under 5").
    public var hiOpen = false
    /// The table row's word.
    public var word: String
    /// The rule applied.
    public var rule: HedgeRule
    /// The row's basis.
    public var basis: String
    /// How the rule met the number: `“around” on a number with one significant digit: ±5%`.
    public var why: String

    /// Which end of a reading is a bound the article states.
    public enum HardEnd: Sendable, Equatable {
        /// The lower end ("over 200 million", "at least 5"): no value below it.
        case lower
        /// The upper end ("under 5,000", "up to 10,000", "nearly 100"): no value above it.
        case upper
    }

    /// The end that is the stated number itself, for a one-sided reading; nil for a two-sided one
    /// ("around 2,000") or a fixed interval ("thousands"), whose ends are a reader's belief.
    public var hardEnd: HardEnd? {
        if lo == hi { return nil }
        switch (rule, stated) {
        case (.fixed, _), (_, nil): return nil
        case (_, let x?): return x == lo ? .lower : x == hi ? .upper : nil
        }
    }

    /// The number the article states, when the reading was made from one.
    public var stated: Double?

    /// The reading of `value` qualified by `qualifier` under `table`; nil when the number is taken
    /// at face value (no hedge word, a range, a word whose row reads `none`, an unknown word).
    public static func of(_ value: FactValue, qualifier: String?, table: HedgeTable) -> HedgeReading? {
        guard let row = row(for: value, qualifier: qualifier, table: table) else { return nil }
        let quoted = "“\(row.word)”"
        switch (value, row.rule) {
        case (_, .none), (.range, _):
            return nil
        case (.vague, .fixed(let lo, let hi)), (.point, .fixed(let lo, let hi)):
            return HedgeReading(lo: lo, hi: hi, word: row.word, rule: row.rule, basis: row.basis, why: "\(quoted) read as \(plain(lo)) to \(plain(hi))")
        case (.vague, _):
            return nil
        case (.point(let x), .relative(let below, let above)):
            let r = Roundness(x)
            let (b, a) = (below[r.slot], above[r.slot])
            return HedgeReading(lo: x - abs(x) * b / 100, hi: x + abs(x) * a / 100, word: row.word, rule: row.rule, basis: row.basis,
                                why: "\(quoted) on a number \(r.phrase): \(percent(b, a))", stated: x)
        case (.point(let x), .precision):
            let r = Roundness(x)
            return HedgeReading(lo: x - r.place / 2, hi: x + r.place / 2, word: row.word, rule: row.rule, basis: row.basis,
                                why: "a number \(r.phrase) is as precise as its last digit: ±\(plain(r.place / 2))")
        case (.point, .nextRound):
            return nil
        case (.lowerBound(let x, let strict), _), (.upperBound(let x, let strict), _):
            let isLower: Bool
            if case .lowerBound = value { isLower = true } else { isLower = false }
            let r = Roundness(x)
            var reach: Double, how: String
            switch row.rule {
            case .nextRound:
                reach = isLower ? r.step : r.stepDown
                how = "up to the next round number, \(plain(isLower ? x + reach : x - reach))"
                if !isLower { how = "down to the round number below, \(plain(x - reach))" }
            case .relative(let below, let above):
                reach = abs(x) * max(below[r.slot], above[r.slot]) / 100
                how = percent(isLower ? 0 : max(below[r.slot], above[r.slot]), isLower ? max(below[r.slot], above[r.slot]) : 0)
            case .precision:
                reach = r.place / 2
                how = "±\(plain(reach))"
            case .fixed, .none:
                return nil
            }
            let bound = "\(quoted) \(plain(x))"
            return isLower
                ? HedgeReading(lo: x, hi: x + reach, loOpen: strict, word: row.word, rule: row.rule, basis: row.basis, why: "\(bound) read \(how)", stated: x)
                : HedgeReading(lo: x - reach, hi: x, hiOpen: strict, word: row.word, rule: row.rule, basis: row.basis, why: "\(bound) read \(how)", stated: x)
        }
    }

    /// The row that reads `value`: its whole qualifier's ("more than"), else its first word's
    /// ("if 10,000 troops are sent"); nil when no row applies.
    public static func row(for value: FactValue, qualifier: String?, table: HedgeTable) -> HedgeTable.Row? {
        guard let word = word(for: value, qualifier: qualifier) else { return nil }
        return table.row(word) ?? word.split(separator: " ").first.flatMap { table.row(String($0)) }
    }

    /// Why `rule` gives `value` no reading although it is not `none` (a vague word read by a
    /// percentage, a bound by a fixed interval); nil when it gives one, or is meant not to.
    public static func unread(_ value: FactValue, rule: HedgeRule) -> String? {
        switch (value, rule) {
        case (_, .none), (.vague, .fixed): return nil
        case (.range, _): return "a range is already an interval"
        case (.vague, _): return "a vague word has no number to read: only `LOW to HIGH` reads it"
        case (.point, .nextRound): return "`next round` reads a bound (“over 200”), not a plain number"
        case (.lowerBound, .fixed), (.upperBound, .fixed):
            return "a bound is read by `next round`, a percentage or `precision`, not by `LOW to HIGH`"
        default: return nil
        }
    }

    /// The stated precision of a plain number (the `plain` row, half a unit of its last digit).
    public static func precision(of x: Double, table: HedgeTable) -> HedgeReading? {
        of(.point(x), qualifier: "plain", table: table)
    }

    /// The table word that qualifies `value`: its vague words, its qualifier, or its bound's word.
    public static func word(for value: FactValue, qualifier: String?) -> String? {
        if case .vague(let words) = value { return HedgeTable.key(words) }
        if let q = qualifier.map(HedgeTable.key), !q.isEmpty { return q }
        switch value {
        case .lowerBound(_, let strict): return strict ? "over" : "at least"
        case .upperBound(_, let strict): return strict ? "under" : "at most"
        default: return nil
        }
    }

    /// `±5%`, `-5%`, `+10%`, `-3% +5%`.
    static func percent(_ below: Double, _ above: Double) -> String {
        if below == above { return "±\(plain(below))%" }
        if above == 0 { return "-\(plain(below))%" }
        if below == 0 { return "+\(plain(above))%" }
        return "-\(plain(below))% +\(plain(above))%"
    }

    /// A number as the table writes it: digits grouped by commas, no trailing zeros (`2,000`, `1.5`).
    public static func plain(_ x: Double) -> String {
        if x < 0 { return "-" + plain(-x) }
        if x == x.rounded(), x < 1e15 {
            let digits = String(Int64(x))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return out
        }
        return "\(x)"
    }
}

/// How round a number is: the place of its last significant digit and how many significant digits
/// it has (`2,000`: the thousands, one digit; `2,150`: the tens, three digits, ending in 5).
public struct Roundness: Sendable, Equatable {
    /// The place value of the last significant digit (1,000 for 2,000; 10 for 2,150).
    public var place: Double
    /// How many significant digits (1 for 2,000; 2 for 27 million; 3 for 2,150).
    public var digits: Int
    /// Whether the last significant digit is 5.
    public var endsInFive: Bool

    /// A roundness given by its parts.
    public init(place: Double, digits: Int, endsInFive: Bool) {
        self.place = place
        self.digits = digits
        self.endsInFive = endsInFive
    }

    /// The roundness of `x`, read from its decimal digits (to 15 significant digits).
    public init(_ x: Double) {
        let a = abs(x)
        place = 1
        digits = 1
        endsInFive = false
        guard a.isFinite, a > 0 else { return }
        for e in stride(from: 15, through: -9, by: -1) {
            let p = e >= 0 ? pow10(e) : 1 / pow10(-e)
            let q = a / p
            if q >= 1, abs(q - q.rounded()) <= 1e-9 * q {
                place = p
                let whole = q.rounded()
                digits = String(Int64(whole)).count
                endsInFive = Int64(whole) % 10 == 5
                isPowerOfTen = whole == 1
                return
            }
        }
        place = 1e-9
        digits = 15
    }

    /// The column of a `relative` rule: 0 for one significant digit, 1 for two, 2 for more.
    public var slot: Int { min(digits, 3) - 1 }

    /// The step to the next round number on this number's scale: its last place, or five times it
    /// for a number of two or more digits ending in 5 (150 is on the scale of fifties).
    public var step: Double { endsInFive && digits > 1 ? place * 5 : place }

    /// The step down to the round number below: as `step`, but a power of ten (10,000) steps down
    /// on the scale below it (to 9,000), not to zero.
    public var stepDown: Double { digits == 1 && isPowerOfTen ? place / 10 : step }

    /// Set for 1, 10, 100, …
    var isPowerOfTen = false

    /// "with one significant digit (rounded to the thousand)".
    public var phrase: String {
        let count = ["one", "two", "three"][slot] + (slot == 2 ? " or more" : "")
        let name = Roundness.placeName(place)
        return "with \(count) significant digit\(digits == 1 ? "" : "s")" + (name.map { " (rounded to the \($0))" } ?? "")
    }

    static func placeName(_ p: Double) -> String? {
        let names: [Double: String] = [
            1: "unit", 10: "ten", 100: "hundred", 1e3: "thousand", 1e4: "ten thousand", 1e5: "hundred thousand",
            1e6: "million", 1e7: "ten million", 1e8: "hundred million", 1e9: "billion", 1e10: "ten billion",
            1e11: "hundred billion", 1e12: "trillion",
        ]
        return names[p]
    }
}

/// 10 to the power `e` (e ≥ 0), exactly for e ≤ 22.
func pow10(_ e: Int) -> Double {
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
}
