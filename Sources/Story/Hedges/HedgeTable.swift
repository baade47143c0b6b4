/// The hedge table: for each hedge word, how a reader takes a number it qualifies (docs/hedges.md).
/// The built-in table is a data file (`hedges.table`, embedded like the built-in story); a session
/// may change rows with `:hedge WORD = RULE`.
public struct HedgeTable: Sendable, Equatable {
    /// One row: a word, its rule and where the rule comes from.
    public struct Row: Sendable, Equatable {
        /// The word or phrase, in lower case (`around`, `more than`).
        public var word: String
        /// How it reads a number.
        public var rule: HedgeRule
        /// The study behind the rule, or "our choice".
        public var basis: String
        /// The data file's line (0 for a row made in a session).
        public var line: Int

        /// Creates a row.
        public init(word: String, rule: HedgeRule, basis: String, line: Int = 0) {
            self.word = word
            self.rule = rule
            self.basis = basis
            self.line = line
        }
    }

    /// The rows, in the table's order.
    public var rows: [Row]

    /// Creates a table from rows.
    public init(rows: [Row]) { self.rows = rows }

    /// The format line a table file starts with.
    public static let header = "dossier-hedges 1"

    /// The row for `word` (compared in lower case, inner blanks collapsed).
    public func row(_ word: String) -> Row? {
        let key = Self.key(word)
        return rows.first { $0.word == key }
    }

    /// A copy with `word`'s rule replaced (basis "your :hedge"), or added when the word is new.
    public func replacing(_ word: String, with rule: HedgeRule, basis: String) -> HedgeTable {
        var copy = self
        let key = Self.key(word)
        if let i = copy.rows.firstIndex(where: { $0.word == key }) {
            copy.rows[i].rule = rule
            copy.rows[i].basis = basis
        } else {
            copy.rows.append(Row(word: key, rule: rule, basis: basis))
        }
        return copy
    }

    /// `word` as rows store it.
    public static func key(_ word: String) -> String {
        word.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Reads a table file: `dossier-hedges 1`, then `WORD | RULE | BASIS` lines (`#` comments and
    /// blank lines skipped). Every problem is reported as `FILE:LINE: what is wrong`.
    public static func read(_ text: String, fileName: String) -> Result<HedgeTable, HedgeTableError> {
        var rows: [Row] = []
        var problems: [String] = []
        var sawHeader = false
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let number = i + 1
            if !sawHeader {
                sawHeader = true
                if trimmed != header { problems.append("\(fileName):\(number): the first line must be `\(header)`") }
                continue
            }
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingBlanks }
            guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty else {
                problems.append("\(fileName):\(number): expected `WORD | READING | BASIS`")
                continue
            }
            let word = key(parts[0])
            if rows.contains(where: { $0.word == word }) {
                problems.append("\(fileName):\(number): `\(word)` has a row already")
                continue
            }
            switch HedgeRule.parse(parts[1]) {
            case .success(let rule): rows.append(Row(word: word, rule: rule, basis: parts[2], line: number))
            case .failure(let e): problems.append("\(fileName):\(number): \(e.message)")
            }
        }
        if !sawHeader { problems.append("\(fileName):1: the file is empty; it must start with `\(header)`") }
        return problems.isEmpty ? .success(HedgeTable(rows: rows)) : .failure(HedgeTableError(problems: problems))
    }
}

/// Why a hedge table file was refused: each problem with its file and line.
public struct HedgeTableError: Error, Sendable, Equatable {
    /// `FILE:LINE: what is wrong`, in line order.
    public var problems: [String]
    /// Creates the error.
    public init(problems: [String]) { self.problems = problems }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
