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
///
/// The file is read in one pass over its bytes, which checks the text (UTF-8, no control
/// characters) as it finds the lines. The text is judged before the structure: a file with a
/// control character on its last line and a misplaced line near its top is refused for the first.
public enum NotebookReader {
    /// The largest file read: far above any real notebook, low enough to refuse a wrong file fast.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Parses notebook bytes: refuses files over 16 MiB, NUL bytes and other control characters
    /// (but tab; a CR ending a line is dropped) and invalid UTF-8.
    public static func parse(bytes: [UInt8], fileName: String) throws(NotebookError) -> Notebook {
        try read(bytes: bytes, fileName: fileName).notebook
    }

    /// Parses notebook text.
    public static func parse(_ text: String, fileName: String) throws(NotebookError) -> Notebook {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }

    /// Reads notebook bytes as `parse` does, keeping the cells as places in the bytes: what replay
    /// uses, so that comparing an output with the recorded one needs no string for either.
    public static func read(bytes: [UInt8], fileName: String) throws(NotebookError) -> RecordedNotebook {
        guard bytes.count <= maximumBytes else {
            throw NotebookError(fileName: fileName, line: nil, message: "the file is \(bytes.count) bytes; a notebook may be at most 16 MiB")
        }
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a UTF-8 byte-order mark
        let parsed: Result<(NotebookHeader, [RecordedNotebook.Entry]), NotebookError> = bytes.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[bodyStart...])
            var parser: NotebookParser
            do throws(NotebookError) {
                parser = NotebookParser(lines: try LineScanner(body), fileName: fileName)
            } catch {
                return .failure(validationError(body, fileName: fileName))
            }
            do throws(NotebookError) {
                let header = try parser.notebook()
                return .success((header, parser.entries))
            } catch {
                // The text is judged first: a broken rule further on outranks this error.
                if !parser.lines.refused { parser.lines.scanRest() }
                return .failure(parser.lines.refused ? validationError(body, fileName: fileName) : error)
            }
        }
        switch parsed {
        case .success(let (header, entries)):
            return RecordedNotebook(header: header, bytes: bytes, bodyStart: bodyStart, entries: entries)
        case .failure(let error):
            throw error
        }
    }

    // MARK: Errors in the text (the slow way: only for a file the scanner refused)

    /// The error for a file whose text breaks a rule: the first line holding a NUL byte or invalid
    /// UTF-8, else the first line holding a control character.
    static func validationError(_ body: UnsafeBufferPointer<UInt8>, fileName: String) -> NotebookError {
        let body = Array(body)[...]
        let whole: String? = body.contains(0) ? nil : String(validating: body, as: UTF8.self)
        guard let whole else { return firstBadLine(body, fileName: fileName) }
        var lines = whole.newlineSeparated()
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }  // the final newline ends the last line
        for i in lines.indices where lines[i].utf8.last == 0x0D {
            while lines[i].utf8.last == 0x0D { lines[i] = Substring(lines[i].utf8.dropLast()) }
        }
        return firstControlCharacter(lines, fileName: fileName)
            ?? NotebookError(fileName: fileName, line: nil, message: "the file is not plain text")
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
}
