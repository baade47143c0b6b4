import Language

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
public enum NotebookReader {
    /// The largest file read: far above any real notebook, low enough to refuse a wrong file fast.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Parses notebook bytes: refuses files over 16 MiB, NUL bytes and other control characters
    /// (but tab; a CR ending a line is dropped) and invalid UTF-8.
    public static func parse(bytes: [UInt8], fileName: String) throws(NotebookError) -> Notebook {
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
        var reader = NotebookParser(lines: lines, fileName: fileName)
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

    public static func parse(_ text: String, fileName: String) throws(NotebookError) -> Notebook {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }
}
