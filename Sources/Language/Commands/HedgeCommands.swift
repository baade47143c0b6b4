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
            let builtIn = session.baseHedges.row(word)
            return .text("\(word) = \(row.rule.text) (\(row.basis))" + (builtIn.map { $0 == row ? "" : "; built in: \($0.rule.text)" } ?? ""))
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
        let builtIn = session.baseHedges.row(word).map { "built in: \($0.rule.text)" } ?? "not in the built-in table"
        var out = "hedge \(word) = \(rule) for this session (\(builtIn))"
        let now = session.items.items.indices.compactMap { i -> String? in
            let fact = session.items[Int32(i)].fact
            guard HedgeReading.row(for: fact.value, qualifier: fact.qualifier, table: newTable)?.word == word,
                  let r = session.reading(of: Int32(i)) else { return nil }
            return "\(session.items[Int32(i)].fact.id) \(session.show(r))"
        }
        if !now.isEmpty { out += "\n  now read: " + now.joined(separator: ", ") }
        return .text(out)
    }

    static func unknown(_ word: String, _ table: HedgeTable, _ span: SourceSpan) -> Diagnostic {
        let near = Suggest.nearest(word, among: table.rows.map(\.word))
        return Diagnostic(.unknownName, "no hedge word `\(word)` in the table", at: span, label: "not in :hedges",
                          help: near.map { "did you mean `\($0)`?" } ?? ":hedges lists the words")
    }
}
