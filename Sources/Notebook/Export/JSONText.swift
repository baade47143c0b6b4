/// JSON string literals and the layout Jupyter itself writes (one-space indent, keys in order).
enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (non-ASCII included) kept as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// A JSON value, built by the exporters and printed deterministically.
indirect enum JSONValue {
    case string(String)
    case number(Int)
    case null
    case array([JSONValue])
    /// An object whose keys print in the order given (callers give them sorted, as Jupyter does).
    case object([(String, JSONValue)])

    /// The value printed with `indent` spaces per level, as `json.dumps(indent=1)` does.
    func render(level: Int = 0, indent: Int = 1) -> String {
        let pad = String(repeating: " ", count: (level + 1) * indent)
        let end = String(repeating: " ", count: level * indent)
        switch self {
        case .string(let s): return JSONText.string(s)
        case .number(let n): return String(n)
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.render(level: level + 1, indent: indent) }.joined(separator: ",\n") + "\n" + end + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { pad + JSONText.string($0.0) + ": " + $0.1.render(level: level + 1, indent: indent) }
                .joined(separator: ",\n") + "\n" + end + "}"
        }
    }
}
