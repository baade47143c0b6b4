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

    /// Parses notebook bytes: refuses files over 16 MiB, NUL bytes and invalid UTF-8.
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
        for i in lines.indices where lines[i].utf8.last == 0x0D {
            lines[i] = Substring(lines[i].utf8.dropLast())  // CRLF line endings
        }
        var reader = NotebookParser(lines: lines, fileName: fileName)
        return try reader.notebook()
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
