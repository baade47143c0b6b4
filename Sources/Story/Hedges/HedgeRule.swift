/// How a hedge word turns a stated number into an interval: one row's READING in the hedge table
/// (docs/hedges.md). Written as in the table and in `:hedge WORD = RULE`.
public enum HedgeRule: Sendable, Equatable {
    /// Percentages of the number below and above it (5 for 5%), by the number's significant
    /// digits (index 0 for one digit, 1 for two, 2 for three or more): `±5% ±2% ±1%`, `-5%`, `+10%`.
    case relative(below: [Double], above: [Double])
    /// A bound read up to the next round number on its own scale (`over 200 million`: to 300 million).
    case nextRound
    /// A fixed interval, for words with no number (`thousands`: 2,000 to 9,000).
    case fixed(Double, Double)
    /// Half a unit of the number's last significant digit (`27 million`: 26.5 to 27.5 million).
    case precision
    /// No reading: face value, or vague stays vague.
    case none

    /// Reads a rule; nil with a message when `text` is not one.
    public static func parse(_ text: String) -> Result<HedgeRule, HedgeRuleError> {
        let t = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        switch t {
        case "next round": return .success(.nextRound)
        case "precision": return .success(.precision)
        case "none": return .success(.none)
        default: break
        }
        let halves = t.split(separator: " to ", omittingEmptySubsequences: false).map(String.init)
        if halves.count == 2 {
            guard let lo = number(halves[0]), let hi = number(halves[1]) else {
                return .failure(HedgeRuleError("expected `LOW to HIGH` with two numbers, found `\(t)`"))
            }
            guard lo <= hi else { return .failure(HedgeRuleError("`\(t)` must run from low to high")) }
            return .success(.fixed(lo, hi))
        }
        if t.isEmpty { return .failure(HedgeRuleError("no reading after `=`: expected \(choices)")) }
        var below: [Double] = [], above: [Double] = []
        var sign: Character?
        for word in t.split(separator: " ") {
            var w = Substring(word)
            var s: Character
            if w.hasPrefix("±") { s = "±"; w = w.dropFirst() }
            else if w.hasPrefix("+-") { s = "±"; w = w.dropFirst(2) }
            else if let c = w.first, c == "+" || c == "-" { s = c; w = w.dropFirst() }
            else { return .failure(HedgeRuleError(expected(t))) }
            guard w.hasSuffix("%"), let p = Double(w.dropLast()), p.isFinite, p >= 0 else {
                return .failure(HedgeRuleError(expected(t)))
            }
            guard p < 100 || s == "+" else {
                // A share of 100% or more below the number would read a positive number as zero or less.
                return .failure(HedgeRuleError("`\(word)` reaches \(HedgeReading.plain(p))% below the number, to zero or less; a share below must be under 100% (`+\(HedgeReading.plain(p))%` reaches above only)"))
            }
            guard sign == nil || sign == s else { return .failure(HedgeRuleError("the percentages of `\(t)` must all be ±, all -, or all +")) }
            sign = s
            below.append(s == "+" ? 0 : p)
            above.append(s == "-" ? 0 : p)
        }
        guard (1...3).contains(below.count) else { return .failure(HedgeRuleError(expected(t))) }
        while below.count < 3 { below.append(below.last!); above.append(above.last!) }
        return .success(.relative(below: below, above: above))
    }

    static func expected(_ t: String) -> String { "expected \(choices), found `\(t)`" }

    /// The readings there are, as messages list them.
    static let choices = "`±10%` (or up to three: `±5% ±2% ±1%`, by significant digits), `-5%`, `+10%`, `next round`, `LOW to HIGH`, `precision` or `none`"

    /// `2,000`, `2000`, `9_000`, `1.5`.
    static func number(_ text: String) -> Double? {
        let digits = text.filter { $0 != "," && $0 != "_" && $0 != " " }
        guard !digits.isEmpty, let v = Double(digits), v.isFinite else { return nil }
        return v
    }

    /// The rule as the table writes it (what `parse` reads back to the same rule).
    public var text: String {
        switch self {
        case .nextRound: return "next round"
        case .precision: return "precision"
        case .none: return "none"
        case .fixed(let lo, let hi): return HedgeReading.plain(lo) + " to " + HedgeReading.plain(hi)
        case .relative(let below, let above):
            let sign = above.allSatisfy { $0 == 0 } ? "-" : below.allSatisfy { $0 == 0 } ? "+" : "±"
            let widths = zip(below, above).map { max($0, $1) }
            let shown = widths.allSatisfy { $0 == widths[0] } ? [widths[0]] : widths
            return shown.map { sign + HedgeReading.plain($0) + "%" }.joined(separator: " ")
        }
    }
}

/// Why a hedge rule could not be read.
public struct HedgeRuleError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// Creates the error.
    public init(message: String) { self.message = message }
    init(_ message: String) { self.message = message }
}
