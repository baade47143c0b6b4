/// JSON string literals and the layout Jupyter itself writes (one-space indent, keys in order).
public enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (non-ASCII included) kept as UTF-8.
    public static func string(_ text: String) -> String {
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

/// A JSON value, built by the exporters (and read by `JSONParser`) and printed deterministically.
public indirect enum JSONValue: Sendable {
    /// A string.
    case string(String)
    /// A whole number.
    case number(Int)
    /// A number with a fraction or exponent, or too large for `Int`.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object whose keys print in the order given (callers give them sorted, as Jupyter does).
    case object([(String, JSONValue)])

    /// The value printed with `indent` spaces per level, as `json.dumps(indent=1)` does.
    public func render(level: Int = 0, indent: Int = 1) -> String {
        let pad = String(repeating: " ", count: (level + 1) * indent)
        let end = String(repeating: " ", count: level * indent)
        switch self {
        case .string(let s): return JSONText.string(s)
        case .number(let n): return String(n)
        case .double(let x): return x.isFinite ? "\(x)" : "null"
        case .bool(let b): return b ? "true" : "false"
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

extension JSONValue {
    /// The value on one line with no spaces (for wire messages).
    public var compact: String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    private func writeCompact(into out: inout String) {
        switch self {
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONText.string(member.0) + ":"
                member.1.writeCompact(into: &out)
            }
            out += "}"
        default:
            out += render()
        }
    }

    /// The member `key` of an object (the first, if repeated), or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string, or nil for any other value.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The whole number, or nil for any other value.
    public var int: Int? {
        switch self {
        case .number(let n): return n
        case .double(let x): return Int(exactly: x)
        default: return nil
        }
    }

    /// The boolean, or nil for any other value.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The array's items, or nil for any other value.
    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// A string, or an array of strings joined (how nbformat stores multi-line text); else nil.
    public var text: String? {
        if let s = string { return s }
        guard let items = array else { return nil }
        var out = ""
        for item in items {
            guard let s = item.string else { return nil }
            out += s
        }
        return out
    }
}
