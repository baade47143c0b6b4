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
        if lines.hasLine, !isMarker() {
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
        guard lines.hasLine, let ticks = openingFence() else {
            return try note(marker: marker)
        }
        try command(ticks: ticks, marker: marker)
        try skipBlank()
        if lines.hasLine, !isMarker() {
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
            if first == UInt8(ascii: "`"), closesFence(ticks: ticks) {
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
                if lines.end != lines.lineFeed || (first == UInt8(ascii: "\\") && unescapes(first: outputLines == 0)) {
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
        while lines.hasLine, !isMarker() {
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

    // MARK: Line shapes (NotebookSyntax's rules, on the scanner's current line)

    /// Whether the line is a cell marker (`NotebookSyntax.markerID`): `<!-- cell: ID -->` with an
    /// id of 1 to 64 bytes from `[A-Za-z0-9_-]`.
    @inline(__always)
    func isMarker() -> Bool {
        let idLength = lines.count &- 15
        guard idLength >= 1, idLength <= 64, lines.word(at: lines.start) == LineWords.markerHead,
              lines.word(at: lines.start &+ 8) & 0xFF_FFFF == LineWords.markerTail,
              lines.word(at: lines.end &- 4) == LineWords.markerEnd else { return false }
        var i = lines.start &+ 11
        while i < lines.end &- 4 {
            guard NotebookSyntax.isIDByte(lines.bytes[i]) else { return false }
            i &+= 1
        }
        return true
    }

    /// The number of backticks opening a command cell (```` ```dossier ````), or nil
    /// (`NotebookSyntax.openingFence`).
    @inline(__always)
    func openingFence() -> Int? {
        var ticks = 0
        while lines.byte(ticks) == UInt8(ascii: "`") { ticks &+= 1 }
        guard ticks >= 3, lines.count == ticks &+ 7, lines.word(at: lines.start &+ ticks) == LineWords.dossier else { return nil }
        return ticks
    }

    /// Whether the line closes a fence of `ticks` backticks (`NotebookSyntax.closesFence`).
    @inline(__always)
    func closesFence(ticks: Int) -> Bool {
        var run = 0
        while lines.byte(run) == UInt8(ascii: "`") { run &+= 1 }
        guard run >= ticks else { return false }
        while let b = lines.byte(run) {
            guard b == UInt8(ascii: " ") else { return false }
            run += 1
        }
        return true
    }

    /// Whether reading the output line drops an escape (`NotebookSyntax.unescapeOutputLine`).
    func unescapes(first: Bool) -> Bool {
        guard lines.byte(0) == UInt8(ascii: "\\"), let next = lines.byte(1) else { return false }
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "\\") || (first && lines.hasPrefix("error[", at: lines.start + 1))
    }

    /// A line shortened for a message.
    func excerpt(_ line: Substring) -> String {
        line.count <= 40 ? String(line) : String(line.prefix(40)) + "…"
    }
}
