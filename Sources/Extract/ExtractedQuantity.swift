/// One quantity found in a text, with what a fact-checker needs to know about it.
public struct ExtractedQuantity: Sendable, Equatable {
    /// Code point offsets of the whole phrase (qualifier, sign, number, unit, period), end excluded.
    public var start: Int
    public var end: Int
    /// The phrase as written.
    public var text: String
    /// `PARAGRAPH.SENTENCE`, numbered as the story format numbers them (0 is the headline).
    public var sentence: String
    /// A point value; or `low` and `high` for a range; `bound` says how a point value bounds.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// `over`, `at-least`, `under`, `at-most` or `up-to`.
    public var bound: String?
    /// The words of an amount given without a number (`thousands`, `many more`).
    public var vague: String?
    /// Dossier unit notation: `USD`, `t`, `%`, `km`, `x` for "times", `count` for a plain count.
    public var unit: String
    /// The period of a rate (`month`, `year`), or nil.
    public var per: String?
    /// The article's qualifying word (`around`, `over`, `if`), lower case.
    public var qualifier: String?
    /// The qualifier is an approximator (`around`, `nearly`, `some`).
    public var approximate: Bool
    /// For a count, the noun counted (`soldiers`).
    public var counted: String?
    /// A few words from the sentence naming what the number measures.
    public var about: String?
    /// Hedge and report cues of the quantity's clause and sentence, in text order.
    public var hedges: [String]
    /// Who the text says stated it, or nil.
    public var source: String?
    /// `stated`, `implied` or `unattributed`.
    public var attribution: String
}

extension ExtractedQuantity {
    /// The quantity as one line of JSON, with the fields in their documented order.
    public var json: String {
        var out = "{\"start\": \(start), \"end\": \(end), \"text\": \(Self.quoted(text)), \"sentence\": \(Self.quoted(sentence)), "
        out += "\"value\": \(Self.number(value)), \"low\": \(Self.number(low)), \"high\": \(Self.number(high)), "
        out += "\"bound\": \(Self.quoted(bound)), \"vague\": \(Self.quoted(vague)), "
        out += "\"unit\": \(Self.quoted(unit)), \"per\": \(Self.quoted(per)), \"qualifier\": \(Self.quoted(qualifier)), "
        out += "\"approximate\": \(approximate), \"counted\": \(Self.quoted(counted)), \"about\": \(Self.quoted(about)), "
        out += "\"hedges\": [\(hedges.map { Self.quoted($0) }.joined(separator: ", "))], "
        out += "\"source\": \(Self.quoted(source)), \"attribution\": \(Self.quoted(attribution))}"
        return out
    }

    /// `2000`, `1.6`, `2500000000`: integers without a fraction, others as Swift prints them.
    static func number(_ value: Double?) -> String {
        guard let value else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func quoted(_ text: String?) -> String {
        guard let text else { return "null" }
        // Most texts need no escape.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
