extension NotebookParser {
    /// header = "<!-- dossier notebook" NL { field NL } "-->" NL
    /// field  = key ":" SP value
    mutating func header() throws(NotebookError) -> NotebookHeader {
        guard next < lines.count, !(lines.count == 1 && lines[0].isEmpty) else {
            throw error(1, "the file is empty; a notebook starts with `\(NotebookSyntax.headerOpen)`")
        }
        guard lines[next] == NotebookSyntax.headerOpen else {
            throw error(1, "not a Dossier notebook: the first line must be `\(NotebookSyntax.headerOpen)`")
        }
        next += 1
        var fields: [String: (value: Substring, line: Int)] = [:]
        while true {
            guard next < lines.count else {
                throw error(lines.count, "the file ends inside the header opened on line 1 (expected `-->`)")
            }
            let line = lines[next]
            next += 1
            if line == NotebookSyntax.headerClose { break }
            guard let colon = line.firstIndex(of: ":") else {
                throw error(next, "expected a header field `key: value`, found `\(excerpt(line))`")
            }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
            guard Self.headerKeys.contains(key) else {
                throw error(next, "unknown header field `\(excerpt(Substring(key)))` (the fields are \(Self.headerKeys.joined(separator: ", ")))")
            }
            guard fields[key] == nil else { throw error(next, "the header field `\(key)` is given twice") }
            fields[key] = (value, next)
        }
        let closeLine = next
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
            storyHash: String(fields["story-hash"]!.value), seed: seedValue)
    }

    /// The header's fields, in the order they are written.
    static let headerKeys = ["format", "dossier", "story", "story-hash", "seed"]
}
