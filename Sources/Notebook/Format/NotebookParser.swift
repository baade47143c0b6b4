import Language

/// The parser proper: a cursor over the file's lines.
struct NotebookParser {
    let lines: [Substring]
    let fileName: String
    /// The 0-based index of the next line.
    var next = 0

    init(lines: [Substring], fileName: String) {
        self.lines = lines
        self.fileName = fileName
    }

    func error(_ line: Int, _ message: String) -> NotebookError {
        NotebookError(fileName: fileName, line: line, message: message)
    }

    /// notebook = header { blank } { cell }
    mutating func notebook() throws(NotebookError) -> Notebook {
        let header = try self.header()
        var cells: [Cell] = []
        var cellLines: [Int] = []
        skipBlank()
        while next < lines.count {
            guard NotebookSyntax.markerID(lines[next]) != nil else {
                throw error(next + 1, "expected a cell marker `<!-- cell: ID -->`, found `\(excerpt(lines[next]))`")
            }
            cellLines.append(next + 1)
            next += 1
            cells.append(try cell())
        }
        return Notebook(header: header, cells: cells, cellLines: cellLines)
    }

    /// cell = marker ( command | note ) { blank }
    mutating func cell() throws(NotebookError) -> Cell {
        if next < lines.count, let ticks = NotebookSyntax.openingFence(lines[next]) {
            let cell = try command(ticks: ticks)
            skipBlank()
            if next < lines.count, NotebookSyntax.markerID(lines[next]) == nil {
                throw error(next + 1, "unexpected text after the command cell; start a new cell with `<!-- cell: ID -->`")
            }
            return cell
        }
        return note()
    }

    /// command = fence "dossier" NL input { input } { output } fence NL
    mutating func command(ticks: Int) throws(NotebookError) -> Cell {
        let opened = next + 1
        next += 1
        var input: [Substring] = []
        var output: [Substring] = []
        var isError = false
        while true {
            guard next < lines.count else {
                throw error(lines.count, "the file ends inside the command cell opened on line \(opened) (expected a closing \(String(repeating: "`", count: ticks)))")
            }
            let line = lines[next]
            if NotebookSyntax.closesFence(line, ticks: ticks) { next += 1; break }
            // ">" is NotebookSyntax.emptyInputLine and "> " its inputPrefix, compared as bytes.
            let isEmptyInput = line.utf8.count == 1 && line.utf8.first == UInt8(ascii: ">")
            if isEmptyInput || line.hasBytePrefix("> ") {
                guard output.isEmpty else {
                    throw error(next + 1, "an input line after the output; a cell holds one input (start a new cell for another)")
                }
                input.append(Substring(line.utf8.dropFirst(isEmptyInput ? 1 : 2)))
            } else {
                guard !input.isEmpty else {
                    throw error(next + 1, "the command cell has no input: its first line must start with `> `")
                }
                if output.isEmpty { isError = line.hasBytePrefix("error[") }
                output.append(NotebookSyntax.unescapeOutputLine(line, first: output.isEmpty))
            }
            next += 1
        }
        guard !input.isEmpty else { throw error(opened, "the command cell is empty: it needs an input line starting with `> `") }
        if output.count == 1 && output[0].isEmpty { output = [] }
        return Cell(.command(input: input.joined(separator: "\n"), output: output.joined(separator: "\n"), isError: isError))
    }

    /// note = { note-line } — every line up to the next marker; blank lines around it are spacing.
    mutating func note() -> Cell {
        var text: [Substring] = []
        while next < lines.count, NotebookSyntax.markerID(lines[next]) == nil {
            text.append(NotebookSyntax.unescapeNoteLine(lines[next]))
            next += 1
        }
        while let last = text.last, isBlank(last) { text.removeLast() }
        while let first = text.first, isBlank(first) { text.removeFirst() }
        return Cell(.note(text.joined(separator: "\n")))
    }

    mutating func skipBlank() {
        while next < lines.count, isBlank(lines[next]) { next += 1 }
    }

    func isBlank(_ line: Substring) -> Bool { line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// A line shortened for a message.
    func excerpt(_ line: Substring) -> String {
        line.count <= 40 ? String(line) : String(line.prefix(40)) + "…"
    }
}
