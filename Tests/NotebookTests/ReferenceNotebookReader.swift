import Language
@testable import Notebook
import Session

// The notebook reader as it was before the byte-level reader (a String per line, several passes),
// kept here only as the reference the differential tests compare the new reader against: the same
// notebook, or the same error naming the same line, for every input.

/// Reads a notebook file back into cells. Any damage — truncation, garbage, a broken header, an
/// unclosed block — is reported as a `NotebookError` naming the line; nothing here can trap.
///
/// The grammar (docs/notebooks.md has it in full):
///
///     notebook   = header { blank } { cell }
///     header     = "<!-- dossier notebook" NL { field NL } "-->" NL
///     cell       = marker ( command | note ) { blank }
///     marker     = "<!-- cell: " id " -->" NL
///     command    = fence "dossier" NL input { input } { output } fence NL
///     note       = { note-line }             (up to the next marker)
enum ReferenceNotebookReader {
    /// The largest file read: far above any real notebook, low enough to refuse a wrong file fast.
    static let maximumBytes = 16 * 1024 * 1024

    /// Parses notebook bytes: refuses files over 16 MiB, NUL bytes and other control characters
    /// (but tab; a CR ending a line is dropped) and invalid UTF-8.
    static func parse(bytes: [UInt8], fileName: String) throws(NotebookError) -> Notebook {
        guard bytes.count <= maximumBytes else {
            throw NotebookError(fileName: fileName, line: nil, message: "the file is \(bytes.count) bytes; a notebook may be at most 16 MiB")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a UTF-8 byte-order mark
        // Validate the whole file at once (fast), and look for the bad line only when it fails.
        let whole: String? = body.contains(0) ? nil : body.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        guard let whole else { throw firstBadLine(body, fileName: fileName) }
        var lines = whole.newlineSeparated()
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }  // the final newline ends the last line
        // CRLF line endings, and any CRs before them: a line never ends in CR, so what the writer
        // writes reads back the same.
        for i in lines.indices where lines[i].utf8.last == 0x0D {
            while lines[i].utf8.last == 0x0D { lines[i] = Substring(lines[i].utf8.dropLast()) }
        }
        // Replay prints cells to the terminal: no control character may come with them.
        if let error = firstControlCharacter(lines, fileName: fileName) { throw error }
        var reader = ReferenceNotebookParser(lines: lines, fileName: fileName)
        return try reader.notebook()
    }

    /// The error for the first line holding a control character other than tab: C0, DEL, or C1
    /// (U+0080–U+009F, such as U+009B, the one-character CSI).
    static func firstControlCharacter(_ lines: [Substring], fileName: String) -> NotebookError? {
        for (index, line) in lines.enumerated() {
            var previous: UInt8 = 0
            for b in line.utf8 {
                if (b < 0x20 && b != 0x09) || b == 0x7F {
                    return NotebookError(fileName: fileName, line: index + 1, message: "the line holds the control character \(NotebookSyntax.hex(b)); a notebook is plain text, without terminal escapes")
                }
                if previous == 0xC2 && (0x80...0x9F).contains(b) {
                    return NotebookError(fileName: fileName, line: index + 1, message: "the line holds the control character U+00\(String(b, radix: 16, uppercase: true)); a notebook is plain text, without terminal escapes")
                }
                previous = b
            }
        }
        return nil
    }

    /// Parses notebook text.
    /// The error for the first line holding a NUL byte or invalid UTF-8.
    static func firstBadLine(_ body: ArraySlice<UInt8>, fileName: String) -> NotebookError {
        var lineNumber = 1
        var start = body.startIndex
        while start <= body.endIndex {
            let end = body[start...].firstIndex(of: 0x0A) ?? body.endIndex
            let slice = body[start..<end]
            if slice.contains(0) {
                return NotebookError(fileName: fileName, line: lineNumber, message: "the line holds a NUL byte; this is not a text notebook")
            }
            if String(validating: slice, as: UTF8.self) == nil {
                return NotebookError(fileName: fileName, line: lineNumber, message: "the line is not valid UTF-8")
            }
            if end == body.endIndex { break }
            start = body.index(after: end)
            lineNumber += 1
        }
        return NotebookError(fileName: fileName, line: nil, message: "the file is not valid UTF-8")
    }

    static func parse(_ text: String, fileName: String) throws(NotebookError) -> Notebook {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }
}

/// The parser proper: a cursor over the file's lines.
struct ReferenceNotebookParser {
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
            guard ReferenceSyntax.markerID(lines[next]) != nil else {
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
        if next < lines.count, let ticks = ReferenceSyntax.openingFence(lines[next]) {
            let cell = try command(ticks: ticks)
            skipBlank()
            if next < lines.count, ReferenceSyntax.markerID(lines[next]) == nil {
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
            if ReferenceSyntax.closesFence(line, ticks: ticks) { next += 1; break }
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
                output.append(ReferenceSyntax.unescapeOutputLine(line, first: output.isEmpty))
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
        while next < lines.count, ReferenceSyntax.markerID(lines[next]) == nil {
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
extension ReferenceNotebookParser {
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
        var hedges: [String] = []
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
            if key == "hedge" {
                guard value.contains("=") else { throw error(next, "a hedge row reads `hedge: WORD = READING`, not `\(excerpt(value))`") }
                hedges.append(String(value))
                continue
            }
            guard Self.headerKeys.contains(key) else {
                throw error(next, "unknown header field `\(excerpt(Substring(key)))` (the fields are \(Self.headerKeys.joined(separator: ", ")), hedge)")
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
            storyHash: String(fields["story-hash"]!.value), seed: seedValue, hedges: hedges)
    }

    /// The header's fields, in the order they are written.
    static let headerKeys = ["format", "dossier", "story", "story-hash", "seed"]
}

/// The reader's line rules as the reference reader applied them (on Substrings), moved here from
/// NotebookSyntax when the reader came to apply them to bytes (LineScanner+Shapes.swift).
enum ReferenceSyntax {
    /// The cell id in a marker line, or nil when the line is not a marker.
    static func markerID(_ line: Substring) -> Substring? {
        guard line.hasBytePrefix("<!-- cell: "), line.hasByteSuffix(" -->") else { return nil }
        let bytes = line.utf8.dropFirst(11).dropLast(4)
        guard (1...64).contains(bytes.count), bytes.allSatisfy(NotebookSyntax.isIDByte) else { return nil }
        return Substring(bytes)
    }

    /// Undoes the escape `needsOutputEscape` calls for. A backslash not followed by what the
    /// writer escapes is kept.
    static func unescapeOutputLine(_ line: Substring, first: Bool) -> Substring {
        guard line.hasBytePrefix("\\") else { return line }
        let rest = line.dropFirst()
        if rest.hasBytePrefix(">") || rest.hasBytePrefix("\\") || (first && rest.hasBytePrefix("error[")) { return rest }
        return line
    }

    /// The number of backticks opening a command cell (```` ```dossier ````), or nil.
    static func openingFence(_ line: Substring) -> Int? {
        let ticks = line.utf8.prefix(while: { $0 == UInt8(ascii: "`") }).count
        guard ticks >= 3, line.utf8.dropFirst(ticks).elementsEqual(NotebookSyntax.language.utf8) else { return nil }
        return ticks
    }

    /// Whether `line` closes a fence opened with `ticks` backticks (CommonMark: at least as many
    /// backticks, then only spaces).
    static func closesFence(_ line: Substring, ticks: Int) -> Bool {
        let run = line.utf8.prefix(while: { $0 == UInt8(ascii: "`") }).count
        return run >= ticks && line.utf8.dropFirst(run).allSatisfy { $0 == UInt8(ascii: " ") }
    }
}

extension Substring {
    /// Whether the text ends with `suffix`, compared byte for byte.
    func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        var i = utf8.endIndex
        for b in p.reversed() {
            guard i != utf8.startIndex else { return false }
            i = utf8.index(before: i)
            guard utf8[i] == b else { return false }
        }
        return true
    }
}
