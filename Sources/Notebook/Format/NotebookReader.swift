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
        var lines: [Substring] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a UTF-8 byte-order mark
        var lineNumber = 0
        var start = body.startIndex
        while start < body.endIndex || (lineNumber == 0 && body.isEmpty) {
            lineNumber += 1
            let end = body[start...].firstIndex(of: 0x0A) ?? body.endIndex
            var slice = body[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            if slice.contains(0) {
                throw NotebookError(fileName: fileName, line: lineNumber, message: "the line holds a NUL byte; this is not a text notebook")
            }
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw NotebookError(fileName: fileName, line: lineNumber, message: "the line is not valid UTF-8")
            }
            lines.append(Substring(text))
            start = end == body.endIndex ? end : body.index(after: end)
        }
        var reader = NotebookParser(lines: lines, fileName: fileName)
        return try reader.notebook()
    }

    /// Parses notebook text.
    public static func parse(_ text: String, fileName: String) throws(NotebookError) -> Notebook {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }
}
