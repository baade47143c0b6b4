import Language

/// The parser proper: reads the file line by line through a `LineScanner` and notes where each
/// cell's parts lie, without making a string of them (`RecordedNotebook` does that when asked).
struct NotebookParser {
    var lines: LineScanner
    let fileName: String
    /// The cells read so far.
    var entries: [RecordedNotebook.Entry] = []

    init(lines: LineScanner, fileName: String) {
        self.lines = lines
        self.fileName = fileName
    }

    func error(_ line: Int, _ message: String) -> NotebookError {
        NotebookError(fileName: fileName, line: line, message: message)
    }

    /// notebook = header { blank } { cell }
    mutating func notebook() throws(NotebookError) -> NotebookHeader {
        let header = try self.header()
        try skipBlank()
        if lines.hasLine, !lines.isMarker {
            throw error(lines.number, "expected a cell marker `<!-- cell: ID -->`, found `\(excerpt(lines.text))`")
        }
        // Each cell ends at a marker (checked there) or at the file's end.
        while lines.hasLine {
            let marker = lines.number
            try lines.advance()
            try cell(marker: marker)
        }
        return header
    }

    /// cell = marker ( command | note ) { blank }
    mutating func cell(marker: Int) throws(NotebookError) {
        guard lines.hasLine, let ticks = lines.openingFence() else {
            return try note(marker: marker)
        }
        try command(ticks: ticks, marker: marker)
        try skipBlank()
        if lines.hasLine, !lines.isMarker {
            throw error(lines.number, "unexpected text after the command cell; start a new cell with `<!-- cell: ID -->`")
        }
    }

    /// command = fence "dossier" NL input { input } { output } fence NL
    mutating func command(ticks: Int, marker: Int) throws(NotebookError) {
        let opened = lines.number
        try lines.advance()
        var entry = RecordedNotebook.Entry(kind: .command, marker: marker)
        var inputLines = 0
        var outputLines = 0
        var firstInputLine = 0
        while true {
            guard lines.hasLine else {
                throw error(lines.number, "the file ends inside the command cell opened on line \(opened) (expected a closing \(String(repeating: "`", count: ticks)))")
            }
            let first = lines.byte(0)
            if first == UInt8(ascii: "`"), lines.closesFence(ticks: ticks) {
                try lines.advance()
                break
            }
            let start = lines.start
            // ">" alone is an empty input line (NotebookSyntax.emptyInputLine), "> " the input prefix.
            let prefix = first == UInt8(ascii: ">") ? (lines.count == 1 ? 1 : lines.byte(1) == UInt8(ascii: " ") ? 2 : 0) : 0
            if prefix > 0 {
                guard outputLines == 0 else {
                    throw error(lines.number, "an input line after the output; a cell holds one input (start a new cell for another)")
                }
                // One line: the input is its text after the prefix; more: the lines as they stand.
                if inputLines == 0 {
                    firstInputLine = start
                    entry.inputStart = UInt32(truncatingIfNeeded: start &+ prefix)
                } else {
                    entry.inputIsOneLine = false
                    entry.inputStart = UInt32(truncatingIfNeeded: firstInputLine)
                }
                entry.inputEnd = UInt32(truncatingIfNeeded: lines.end)
                inputLines &+= 1
            } else {
                guard inputLines > 0 else {
                    throw error(lines.number, "the command cell has no input: its first line must start with `> `")
                }
                if outputLines == 0 {
                    entry.isError = lines.word(at: start) & 0xFFFF_FFFF_FFFF == LineWords.error
                    entry.outputStart = UInt32(truncatingIfNeeded: start)
                }
                // The output is its bytes as they stand unless a line loses an escape or its CRs.
                if lines.end != lines.lineFeed || (first == UInt8(ascii: "\\") && lines.unescapes(first: outputLines == 0)) {
                    entry.outputIsVerbatim = false
                }
                entry.outputEnd = UInt32(truncatingIfNeeded: lines.end)
                outputLines &+= 1
            }
            try lines.advance()
        }
        guard inputLines > 0 else { throw error(opened, "the command cell is empty: it needs an input line starting with `> `") }
        entries.append(entry)
    }

    /// note = { note-line } — every line up to the next marker; blank lines around it are spacing.
    mutating func note(marker: Int) throws(NotebookError) {
        var entry = RecordedNotebook.Entry(kind: .note, marker: marker)
        var first = true
        while lines.hasLine, !lines.isMarker {
            if first { entry.inputStart = UInt32(lines.start); first = false }
            entry.inputEnd = UInt32(lines.end)
            try lines.advance()
        }
        if first { entry.inputStart = UInt32(lines.hasLine ? lines.start : lines.bytes.count); entry.inputEnd = entry.inputStart }
        entries.append(entry)
    }

    @inline(__always)
    mutating func skipBlank() throws(NotebookError) {
        while lines.hasLine, lines.isBlank { try lines.advance() }
    }

    /// A line shortened for a message.
    func excerpt(_ line: Substring) -> String {
        line.count <= 40 ? String(line) : String(line.prefix(40)) + "…"
    }
}
