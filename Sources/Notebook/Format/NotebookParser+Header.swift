extension NotebookParser {
    /// header = "<!-- dossier notebook" NL { field NL } "-->" NL
    /// field  = key ":" SP value          (`hedge:` may repeat and be left out; the others once each)
    mutating func header() throws(NotebookError) -> NotebookHeader {
        guard lines.count > 0 || !lines.isLastLine else {
            throw error(1, "the file is empty; a notebook starts with `\(NotebookSyntax.headerOpen)`")
        }
        guard lines.equals("<!-- dossier notebook") else {
            throw error(1, "not a Dossier notebook: the first line must be `\(NotebookSyntax.headerOpen)`")
        }
        try lines.advance()
        var fields: [String: (value: Substring, line: Int)] = [:]
        var hedges: [String] = []
        var closeLine = 0
        while true {
            guard lines.hasLine else {
                throw error(lines.number, "the file ends inside the header opened on line 1 (expected `-->`)")
            }
            let number = lines.number
            let line = lines.text
            try lines.advance()
            if line == NotebookSyntax.headerClose {
                closeLine = number
                break
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw error(number, "expected a header field `key: value`, found `\(excerpt(line))`")
            }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
            if key == "hedge" {
                // Repeatable and optional: one recorded hedge-table row a line, `WORD = READING`.
                guard value.contains("=") else { throw error(number, "a hedge row reads `hedge: WORD = READING`, not `\(excerpt(value))`") }
                hedges.append(String(value))
                continue
            }
            guard Self.headerKeys.contains(key) else {
                throw error(number, "unknown header field `\(excerpt(Substring(key)))` (the fields are \(Self.headerKeys.joined(separator: ", ")), hedge)")
            }
            guard fields[key] == nil else { throw error(number, "the header field `\(key)` is given twice") }
            fields[key] = (value, number)
        }
        for key in Self.headerKeys where fields[key] == nil {
            throw error(closeLine, "the header lacks the field `\(key):`")
        }
        let format = fields["format"]!
        guard let version = Int(format.value), version >= 1 else {
            throw error(format.line, "the format must be a positive whole number, not `\(excerpt(format.value))`")
        }
        guard version <= NotebookHeader.currentFormat else {
            throw error(format.line, "the notebook is in format \(version), newer than this Dossier reads (\(NotebookHeader.currentFormat)); update Dossier")
        }
        let seed = fields["seed"]!
        guard let seedValue = UInt64(seed.value) else {
            throw error(seed.line, "the seed must be a whole number from 0 to \(UInt64.max), not `\(excerpt(seed.value))`")
        }
        return NotebookHeader(
            format: version, dossierVersion: String(fields["dossier"]!.value), storyID: String(fields["story"]!.value),
            storyHash: String(fields["story-hash"]!.value), seed: seedValue, hedges: hedges)
    }

    /// The header's fields, in the order they are written.
    static let headerKeys = ["format", "dossier", "story", "story-hash", "seed"]
}
