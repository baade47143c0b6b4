/// The pure part of Tab completion: what to do with the candidates for the typed word.
public enum Completion {
    /// What pressing Tab does.
    public enum Step: Equatable {
        /// Nothing fits: ring the bell.
        case none
        /// Replace the typed word with `text` (the candidates' longest common prefix, plus a space
        /// when only one candidate fits and it is not a directory).
        case replace(String)
        /// Several candidates and nothing more to add: show them.
        case list([String])
    }

    /// Decides the step for `typed` (the word before the cursor) and its `candidates`.
    public static func step(typed: String, candidates: [String]) -> Step {
        guard let first = candidates.first else { return .none }
        // A directory is completed into, not past.
        if candidates.count == 1 { return .replace(first.hasSuffix("/") ? first : first + " ") }
        let prefix = longestCommonPrefix(candidates)
        if prefix.unicodeScalars.count > typed.unicodeScalars.count { return .replace(prefix) }
        return .list(candidates)
    }

    /// The longest run of Unicode scalars every string starts with.
    public static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for s in strings.dropFirst() {
            var n = 0
            for (a, b) in zip(prefix, s.unicodeScalars) {
                if a != b { break }
                n += 1
            }
            prefix.removeSubrange(n...)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        return String(view)
    }

    /// The candidates laid out in columns (down, then across) to fit `width` terminal columns.
    public static func columns(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map { $0.unicodeScalars.count }.max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        let rows = (candidates.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            for c in 0..<perRow {
                let i = c * rows + r
                guard i < candidates.count else { break }
                let name = candidates[i]
                let isLast = (c + 1) * rows + r >= candidates.count
                line += isLast ? name : name + String(repeating: " ", count: cell - name.unicodeScalars.count)
            }
            out += line + "\n"
        }
        return out
    }
}
