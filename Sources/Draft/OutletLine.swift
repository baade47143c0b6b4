/// The publisher a text names in a line of its own: a `Source: Reuters` line, or a dateline
/// (`KYIV (Reuters) — …`).
enum OutletLine {
    /// The outlet named by the first such line of `lines`, if any.
    static func outlet(in lines: [String]) -> String? {
        for line in lines {
            if let name = labelled(line) { return name }
        }
        return lines.first.flatMap(dateline)
    }

    /// `Source: NAME`, `Publisher: NAME`, `Published by: NAME` (any case), NAME at most 60 characters.
    static func labelled(_ line: String) -> String? {
        let lower = line.lowercased()
        for label in ["source:", "publisher:", "published by:"] where lower.hasPrefix(label) {
            let name = line.dropFirst(label.count).trimmingSpaces
            return (1...60).contains(name.count) ? name : nil
        }
        return nil
    }

    /// `PLACE (NAME) — …` or `-`/`–`: a first line opening with a place in capitals and the outlet in brackets.
    static func dateline(_ line: String) -> String? {
        guard let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        let place = line[..<open].trimmingSpaces
        let name = line[line.index(after: open)..<close].trimmingSpaces
        let rest = line[line.index(after: close)...].trimmingSpaces
        guard !place.isEmpty, place.count <= 40, place == place.uppercased(), place.contains(where: \.isLetter),
              (2...40).contains(name.count), let dash = rest.first, "-—–".contains(dash) else { return nil }
        return name
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
