import Language
import Quantity
import Story

/// `:hedges` and `:hedge WORD = READING`: the hedge table (docs/hedges.md) and changes to it.
enum HedgeCommands {
    static let all: [CommandSpec] = [list, change]

    static let list = CommandSpec(
        name: "hedges", summary: "how each hedge word reads a number, and which facts it applies to", help: """
        :hedges
          Lists the hedge table: for each word ("around", "over", "thousands"), the interval a
          reader takes a number it qualifies to mean, the study or choice behind it, and the facts
          of the story it applies to. :fact ID shows one fact's reading; :simulate draws hedged
          facts from their readings, :check judges claims over them, and `:set hedges on` makes
          plain arithmetic use them. docs/hedges.md gives the sources.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        try ComputeCommands.noArguments(arguments, offset, "hedges")
        let table = session.hedgeTable
        var lines = ["hedge readings (docs/hedges.md); :hedge WORD = READING changes one for this session"]
        let rows = table.rows.map { row -> [String] in
            let facts = session.story.facts.filter { HedgeReading.row(for: $0.value, qualifier: $0.qualifier, table: table)?.word == row.word }
            return ["  " + row.word, row.rule.text, facts.isEmpty ? "" : "applies to " + facts.map(\.id).joined(separator: ", ")]
        }
        for (row, cells) in zip(table.rows, StoryDisplay.table(rows)) {
            lines.append(cells)
            lines += StoryDisplay.wrap(row.basis, indent: "      ")
        }
        return .text(lines.joined(separator: "\n"))
    }

    static let change = CommandSpec(
        name: "hedge", usage: "WORD [= READING]", summary: "change how a hedge word reads numbers, for this session", help: """
        :hedge WORD = READING
          Replaces the reading of WORD for the rest of the session (a notebook records the cell,
          so it replays the same). READING is one of:
            ±10%             the number less and plus 10%
            ±5% ±2% ±1%      by the number's significant digits: one, two, three or more
            -5%   +10%       one-sided, below or above the number
            next round       a bound, up to the next round number ("over 200 million": to 300 million)
            2000 to 9000     a fixed interval, for words without a number ("thousands")
            precision        half a unit of the number's last digit
            none             face value (a vague fact stays vague)
            built-in         the built-in row again
          A share below the number must be under 100%. The reply lists the facts the row now
          reads, and any it no longer reads (a bound by `LOW to HIGH`, a vague word by a share).
        :hedge WORD
          Shows WORD's row.
            :hedge around = ±10%
        """
    ) { session, arguments, offset throws(Diagnostic) in
        let bytes = Array(arguments.utf8)
        let whole = SourceSpan(offset, offset + bytes.count)
        guard !arguments.isEmpty else {
            throw Diagnostic(.command, ":hedge needs a word", at: SourceSpan(offset, offset + 1), label: "word expected here",
                             help: "try `:hedge around = ±10%`; :hedges lists the words")
        }
        let equals = bytes.firstIndex(of: UInt8(ascii: "="))
        let word = HedgeTable.key(String(decoding: bytes[..<(equals ?? bytes.count)], as: UTF8.self))
        let table = session.hedgeTable
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0 == " " || ($0.properties.isAlphabetic) }) else {
            throw Diagnostic(.command, "expected a hedge word before `=`", at: SourceSpan(offset, offset + (equals ?? bytes.count)),
                             label: "not a word", help: "try `:hedge around = ±10%`")
        }
        guard let equals else {
            guard let row = table.row(word) else { throw unknown(word, table, whole) }
            let start = session.baseHedges.row(word)
            return .text("\(word) = \(row.rule.text) (\(row.basis))" + (start == row ? "" : session.startingRowNote(word).map { "; " + $0 } ?? ""))
        }
        let readingText = String(decoding: bytes[(equals + 1)...], as: UTF8.self).trimmingWhitespace()
        let readingSpan = SourceSpan(offset + equals + 1, whole.end)
        let newTable: HedgeTable
        if readingText == "built-in" {
            guard let builtIn = session.baseHedges.row(word) else { throw unknown(word, session.baseHedges, whole) }
            newTable = table.replacing(word, with: builtIn.rule, basis: builtIn.basis)
        } else {
            switch HedgeRule.parse(readingText) {
            case .failure(let e):
                throw Diagnostic(.command, e.message, at: readingSpan, label: "not a reading", help: ":help hedge lists the readings")
            case .success(let rule):
                newTable = table.replacing(word, with: rule, basis: "your :hedge")
            }
        }
        session.state.hedges = newTable
        let rule = newTable.row(word)!.rule.text
        var out = "hedge \(word) = \(rule) for this session (\(session.startingRowNote(word) ?? "not in the built-in table"))"
        var now: [String] = [], unread: [String] = [], face: [String] = [], applies = false
        for i in session.items.items.indices {
            let fact = session.items[Int32(i)].fact
            guard let row = HedgeReading.row(for: fact.value, qualifier: fact.qualifier, table: newTable), row.word == word else { continue }
            applies = true
            if let r = session.reading(of: Int32(i)) { now.append("\(fact.id) \(session.show(r))") }
            else if let why = HedgeReading.unread(fact.value, rule: row.rule) { unread.append("\(fact.id) (\(why))") }
            else if row.rule == .none, let q = session.items[Int32(i)].quantity { face.append("\(fact.id) \(session.plain(q))") }
            else if row.rule == .none { unread.append("\(fact.id) (`none`: a vague word stays vague)") }
        }
        if !now.isEmpty { out += "\n  now read: " + now.joined(separator: ", ") }
        // Said at once, so a row that no longer reads a fact is not found out later by an error.
        if !face.isEmpty { out += "\n  now at face value: " + face.joined(separator: ", ") }
        if !unread.isEmpty { out += "\n  now without a reading: " + unread.joined(separator: ", ") }
        if !applies && session.baseHedges.row(word) == nil {
            let near = Suggest.nearest(word, among: session.baseHedges.rows.map(\.word))
            out += "\n  no fact of this story is qualified by “\(word)”" + (near.map { "; did you mean `\($0)`?" } ?? "")
        }
        return .text(out)
    }

    static func unknown(_ word: String, _ table: HedgeTable, _ span: SourceSpan) -> Diagnostic {
        let near = Suggest.nearest(word, among: table.rows.map(\.word))
        return Diagnostic(.unknownName, "no hedge word `\(word)` in the table", at: span, label: "not in :hedges",
                          help: near.map { "did you mean `\($0)`?" } ?? ":hedges lists the words")
    }
}
