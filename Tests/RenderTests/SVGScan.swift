import Foundation

/// Reads elements back out of rendered SVG: enough of XML for self-closing and opening tags with
/// double-quoted attributes, which is all the renderer writes.
enum SVGScan {
    /// The attributes of every `<name …>` element whose class attribute is exactly `cls`.
    static func elements(_ name: String, class cls: String, in svg: String) -> [[String: String]] {
        var found: [[String: String]] = []
        var rest = Substring(svg)
        while let open = rest.range(of: "<\(name) ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = parse(rest[open.upperBound..<close])
            if attributes["class"] == cls { found.append(attributes) }
            rest = rest[close...]
        }
        return found
    }

    /// `a="1" b="2"` as a dictionary.
    static func parse(_ text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = text
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].trimmingPrefix(" ")
            let afterQuote = rest.index(eq, offsetBy: 2)
            guard afterQuote <= rest.endIndex, let end = rest[afterQuote...].firstIndex(of: "\"") else { break }
            out[String(name).trimmingCharacters(in: " /")] = String(rest[afterQuote..<end])
            rest = rest[rest.index(after: end)...]
        }
        return out
    }
}

extension String {
    /// Drops `set` characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
