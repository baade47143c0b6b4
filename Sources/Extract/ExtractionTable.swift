/// The readable table `dossier extract` prints: one row per quantity.
public enum ExtractionTable {
    /// The rows, aligned in columns, each line ending in a line feed.
    public static func render(_ quantities: [ExtractedQuantity]) -> String {
        var rows = [["sentence", "quantity", "value", "unit", "qualifier", "source"]]
        for q in quantities {
            let unit = q.per.map { "\(q.unit)/\($0)" } ?? q.unit
            rows.append([q.sentence, q.text, value(q), unit, q.qualifier ?? "", source(q)])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            out += line.trimmingSpaces + "\n"
        }
        if quantities.isEmpty { out += "(no quantities found)\n" }
        return out
    }

    /// The value as the story format writes it: `2,000`, `600,000 to 700,000`, `over 200,000,000`, `vague many`.
    static func value(_ q: ExtractedQuantity) -> String {
        if let vague = q.vague { return "vague \(vague)" }
        if let low = q.low, let high = q.high { return "\(grouped(low)) to \(grouped(high))" }
        guard let value = q.value else { return "" }
        return (q.bound.map { $0.replacingHyphen + " " } ?? "") + grouped(value)
    }

    static func source(_ q: ExtractedQuantity) -> String {
        guard let source = q.source else { return "(unattributed)" }
        return q.attribution == "implied" ? "\(source) (implied)" : source
    }

    /// Digits in groups of three: 2500000 → 2,500,000; 1.6 stays 1.6.
    static func grouped(_ value: Double) -> String {
        let text = ExtractedQuantity.number(value)
        guard value == value.rounded(), !text.contains("e") else { return text }
        var digits = Array(text.hasPrefix("-") ? String(text.dropFirst()) : text)
        var out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return (text.hasPrefix("-") ? "-" : "") + String(digits) + out
    }
}

extension String {
    /// `at-least` → `at least`.
    var replacingHyphen: String { split(separator: "-").joined(separator: " ") }
}
