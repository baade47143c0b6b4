/// Wraps the provenance lines of a result (`  uses: …`, `  assumes: …`, `  rate: …`) to the
/// terminal's width between words, with the continuation indented under the first word after the
/// label, so an 80-column terminal never breaks them mid-word. Other lines (numbers, tables,
/// histograms) are left as they are. Only the interactive shell wraps: notebooks and pipes keep
/// the lines whole.
enum ProvenanceWrap {
    /// `text` with each over-long labelled line wrapped to `width` columns.
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20, text.utf8.count > width else { return text }
        var out: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.count > width, let indent = labelIndent(line) else { out.append(line); continue }
            out.append(contentsOf: wrapLine(line, width: width, indent: indent))
        }
        return out.joined(separator: "\n")
    }

    /// The column after `  label: ` for a line indented by two spaces and headed by a one-word
    /// label ending in a colon, else nil.
    static func labelIndent(_ line: Substring) -> Int? {
        guard line.hasPrefix("  ") else { return nil }
        let rest = line.dropFirst(2)
        guard let colon = rest.firstIndex(of: ":"),
              rest[rest.startIndex..<colon].allSatisfy({ $0.isLetter || $0 == " " }),
              rest.index(after: colon) < rest.endIndex, rest[rest.index(after: colon)] == " " else { return nil }
        let label = rest.distance(from: rest.startIndex, to: colon)
        guard label > 0, label <= 12 else { return nil }
        return 2 + label + 2
    }

    /// `line` cut into pieces of at most `width` columns at spaces (a word longer than a line
    /// stays whole), the pieces after the first indented by `indent` columns.
    static func wrapLine(_ line: Substring, width: Int, indent: Int) -> [Substring] {
        let headEnd = line.index(line.startIndex, offsetBy: indent)
        let pad = String(repeating: " ", count: indent)
        var pieces: [Substring] = []
        var current = String(line[..<headEnd])
        var empty = true
        for word in line[headEnd...].split(separator: " ") {
            if !empty, current.count + 1 + word.count > width {
                pieces.append(Substring(current))
                current = pad + word
            } else {
                current += (empty ? "" : " ") + word
            }
            empty = false
        }
        pieces.append(Substring(current))
        return pieces
    }
}
