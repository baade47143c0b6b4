import Language
import Session

/// A notebook as read from its file: the header, the file's bytes, and where each cell's parts lie
/// in them. A cell becomes a `Cell` only when asked for, and a replayed output is compared with the
/// recorded bytes directly, so `replay --check` builds no string for what a notebook records.
public struct RecordedNotebook: Sendable {
    /// The header: format, Dossier version, story and seed.
    public let header: NotebookHeader
    /// The file's bytes, as read (any byte-order mark included).
    public let bytes: [UInt8]
    /// Where the text starts in `bytes` (after a byte-order mark); the entries count from here.
    let bodyStart: Int
    /// One entry per cell, in the file's order.
    let entries: [Entry]

    /// Where one cell lies in the file. Offsets count bytes from `bodyStart`; a file is at most
    /// 16 MiB, so they fit in 32 bits.
    struct Entry: Sendable {
        enum Kind: UInt8, Sendable { case note, command }
        /// A note or a command.
        var kind: Kind
        /// Whether the command's output is an error (its first line starts with `error[`).
        var isError = false
        /// Whether the input is one line; it is then `inputStart..<inputEnd` as it stands. Else
        /// that range spans the input lines, prefixes included.
        var inputIsOneLine = true
        /// Whether the output is `outputStart..<outputEnd` as it stands: no line lost an escape
        /// or the CRs before its LF.
        var outputIsVerbatim = true
        /// The 1-based line of the cell's marker.
        var marker: UInt32
        /// A command's input, or a note's lines (from the first's start to the last's end).
        var inputStart: UInt32 = 0
        var inputEnd: UInt32 = 0
        /// A command's output lines (from the first's start to the last's end); empty when none.
        var outputStart: UInt32 = 0
        var outputEnd: UInt32 = 0

        init(kind: Kind, marker: Int) {
            self.kind = kind
            self.marker = UInt32(marker)
        }
    }

    /// The number of cells.
    public var count: Int { entries.count }

    /// For each cell, the 1-based line of its `<!-- cell: … -->` marker.
    public var cellLines: [Int] { entries.map { Int($0.marker) } }

    /// The notebook with its cells made into values.
    public var notebook: Notebook {
        Notebook(header: header, cells: cells, cellLines: cellLines)
    }

    /// The cells, made into values.
    public var cells: [Cell] {
        entries.indices.map(cell(at:))
    }

    /// The cell at `index`, made into a value.
    public func cell(at index: Int) -> Cell {
        let entry = entries[index]
        switch entry.kind {
        case .note: return Cell(.note(noteText(entry)))
        case .command: return Cell(.command(input: input(entry), output: output(entry), isError: entry.isError))
        }
    }

    /// The cell at `index` as replay runs it: a command's output is left out (it is compared, not run).
    func cellToRun(at index: Int) -> Cell {
        let entry = entries[index]
        switch entry.kind {
        case .note: return Cell(.note(noteText(entry)))
        case .command: return Cell(.command(input: input(entry), output: "", isError: entry.isError))
        }
    }

    /// Whether `cell` is the recorded cell at `index`, as `cell(at: index) == cell` says. Compares
    /// the bytes first; only when they differ (or the record needs unescaping) are the cell's
    /// strings made and compared as strings (which equate canonically equivalent text).
    func isRecorded(_ cell: Cell, at index: Int) -> Bool {
        let entry = entries[index]
        guard entry.kind == .command, entry.inputIsOneLine, case .command(let input, _, _) = cell.content,
              hasBytes(input, entry.inputStart, entry.inputEnd) else {
            return self.cell(at: index) == cell
        }
        return isRecorded(replayed: cell, at: index)
    }

    /// `isRecorded(cell, at: index)` for a cell replayed from the one at `index`, which holds the
    /// recorded input (`cellToRun(at:)`'s, kept by `Replayer.run`): only the rest is compared.
    func isRecorded(replayed cell: Cell, at index: Int) -> Bool {
        let entry = entries[index]
        if entry.kind == .command, entry.outputIsVerbatim, case .command(_, let output, let isError) = cell.content,
           isError == entry.isError, hasBytes(output, entry.outputStart, entry.outputEnd) {
            return true
        }
        return self.cell(at: index) == cell
    }

    // MARK: Making strings

    /// A command's input: one line as it stands, or the lines without their `> ` (or `>`) prefixes.
    func input(_ entry: Entry) -> String {
        if entry.inputIsOneLine { return string(Int(entry.inputStart), Int(entry.inputEnd)) }
        return joined(lines(Int(entry.inputStart), Int(entry.inputEnd)).map { line in
            line.lowerBound + (line.count == 1 ? 1 : 2) ..< line.upperBound
        })
    }

    /// A command's output: its bytes, or its lines with their escapes undone.
    func output(_ entry: Entry) -> String {
        let start = Int(entry.outputStart), end = Int(entry.outputEnd)
        if entry.outputIsVerbatim { return string(start, end) }
        return withBody { body in
            joined(lines(start, end).enumerated().map { i, line in
                // LineScanner.unescapes: `\` before `>`, `\`, or (first line) `error[`.
                guard line.count >= 2, body[line.lowerBound] == UInt8(ascii: "\\") else { return line }
                let next = body[line.lowerBound + 1]
                let escaped = next == UInt8(ascii: ">") || next == UInt8(ascii: "\\")
                    || (i == 0 && body[line.lowerBound + 1 ..< line.upperBound].starts(with: "error[".utf8))
                return escaped ? line.lowerBound + 1 ..< line.upperBound : line
            })
        }
    }

    /// A note's text: its lines unescaped, without blank lines at either end.
    func noteText(_ entry: Entry) -> String {
        var text = lines(Int(entry.inputStart), Int(entry.inputEnd))
        withBody { body in
            func isBlank(_ line: Range<Int>) -> Bool { body[line].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
            while let last = text.last, isBlank(last) { text.removeLast() }
            while let first = text.first, isBlank(first) { text.removeFirst() }
        }
        let unescaped = text.map { line in
            NotebookSyntax.unescapeNoteLine(Substring(string(line.lowerBound, line.upperBound)))
        }
        return unescaped.joined(separator: "\n")
    }

    /// The lines in `start..<end` of the body, split at LF, each without the CRs ending it.
    func lines(_ start: Int, _ end: Int) -> [Range<Int>] {
        withBody { body in
            var out: [Range<Int>] = []
            var lineStart = start
            var i = start
            while true {
                if i == end || body[i] == 0x0A {
                    var lineEnd = i
                    while lineEnd > lineStart, body[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                    out.append(lineStart..<lineEnd)
                    if i == end { return out }
                    lineStart = i + 1
                }
                i += 1
            }
        }
    }

    /// The body's `lines` joined with LF.
    func joined(_ lines: [Range<Int>]) -> String {
        withBody { body in
            var out: [UInt8] = []
            for (i, line) in lines.enumerated() {
                if i > 0 { out.append(0x0A) }
                out.append(contentsOf: body[line])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The body's bytes `start..<end` as a string (the reader checked that they are UTF-8).
    func string(_ start: Int, _ end: Int) -> String {
        withBody { body in String(decoding: UnsafeBufferPointer(rebasing: body[start..<end]), as: UTF8.self) }
    }

    /// Whether `text` is the body's bytes `start..<end`.
    @inline(__always)
    func hasBytes(_ text: String, _ start: UInt32, _ end: UInt32) -> Bool {
        let count = Int(end &- start)
        return text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard utf8.count == count else { return false }
            return withBody { body in
                guard let a = utf8.baseAddress, let b = body.baseAddress else { return count == 0 }
                return Self.equal(a, b + Int(start), count: count)
            }
        } ?? false
    }

    /// Whether `count` bytes at `a` and `b` are equal, compared eight at a time.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= count {
            guard ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) else { return false }
            i += 8
        }
        while i < count {
            guard a[i] == b[i] else { return false }
            i += 1
        }
        return true
    }

    /// Calls `body` with the file's text (the bytes after any byte-order mark).
    func withBody<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[bodyStart...])) }
    }
}
