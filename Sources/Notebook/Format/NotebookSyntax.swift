/// The notebook format's fixed words and its escaping rules, shared by the writer and the reader
/// so the two cannot drift apart. docs/notebooks.md states the same rules as a grammar. The reader
/// applies the line rules to bytes (LineScanner+Shapes.swift, with LineWords for the fixed words).
enum NotebookSyntax {
    /// The header's first line.
    static let headerOpen = "<!-- dossier notebook"
    /// The header's last line.
    static let headerClose = "-->"
    /// The info string of a command cell's fence.
    static let language = "dossier"
    /// The prefix of an input line.
    static let inputPrefix = "> "
    /// What an empty input line is written as (no trailing space for editors to strip).
    static let emptyInputLine = ">"

    /// The marker line above each cell.
    static func cellMarker(_ id: String) -> String { "<!-- cell: \(id) -->" }

    /// The id of the cell at `index` (0-based): positional, so re-saving gives the same ids.
    static func cellID(_ index: Int) -> String { "c\(index + 1)" }

    /// Whether a byte may appear in a cell id (`[A-Za-z0-9_-]`, as nbformat requires).
    static func isIDByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): return true
        default: return false
        }
    }

    // MARK: Output lines (inside a fence)

    /// Whether one output line needs a leading `\`: when the line starts with `>` (it would read
    /// as input) or `\` (so the escape itself is unambiguous), or — on the first line of an output
    /// that is not an error — with `error[` (it would read as an error).
    static func needsOutputEscape(_ line: Substring, first: Bool, isError: Bool) -> Bool {
        line.hasBytePrefix(">") || line.hasBytePrefix("\\") || (first && !isError && line.hasBytePrefix("error["))
    }

    // MARK: Note lines (prose)

    /// Whether a note line, once its leading backslashes are set aside, would read as structure: a
    /// cell marker or other HTML comment, or a code fence.
    static func looksLikeStructure(_ line: Substring) -> Bool {
        let rest = line.drop(while: { $0 == "\\" })
        return rest.hasBytePrefix("<!--") || rest.hasBytePrefix("```") || rest.hasBytePrefix("~~~")
    }

    /// Escapes one note line with a Markdown backslash, which GitHub renders as the literal text.
    static func escapeNoteLine(_ line: Substring) -> String {
        looksLikeStructure(line) ? "\\" + line : String(line)
    }

    /// Undoes `escapeNoteLine`.
    static func unescapeNoteLine(_ line: Substring) -> Substring {
        line.hasBytePrefix("\\") && looksLikeStructure(line) ? line.dropFirst() : line
    }

    // MARK: Fences

    /// The fence for an output: three backticks, or one more than the longest run of backticks in
    /// it, so no output line can close the block early.
    static func fence(for output: String) -> String {
        var longest = 0
        var run = 0
        for b in output.utf8 {
            if b == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    // MARK: Control characters

    /// `line` with each control character (C0 but tab, DEL, C1) shown as its Unicode control
    /// picture (ESC → ␛) or, for C1, as U+FFFD: the reader refuses control characters, so a cell
    /// holding one (a pasted escape sequence) is written so that the file still reads back.
    static func visible(_ line: Substring) -> Substring {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var out = ""
        for scalar in line.unicodeScalars {
            if !isControl(scalar) { out.unicodeScalars.append(scalar) }
            else if scalar.value < 0x20 { out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!) }
            else if scalar.value == 0x7F { out += "\u{2421}" }
            else { out += "\u{FFFD}" }
        }
        return Substring(out)
    }

    /// Whether the reader refuses `scalar` (a line's end, LF, never reaches here).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x09) || (0x7F...0x9F).contains(scalar.value)
    }

    /// `0x1B`.
    static func hex(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" : "") + digits
    }
}
