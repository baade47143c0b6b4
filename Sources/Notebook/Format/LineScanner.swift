/// A cursor over a notebook file's lines that checks each byte once as it passes: valid UTF-8, no
/// NUL, no control character but tab (C0, DEL, C1), carriage returns only at a line's end.
///
/// Lines are split at LF; a final LF ends the last line rather than starting an empty one (an
/// empty file is one empty line); the CRs ending a line are not part of it. When a line breaks a
/// rule, `advance` stops with `refused` set, and the reader works out the exact error the slow way
/// (`NotebookReader.validationError`): the scanner only has to be fast for files that are fine.
struct LineScanner {
    /// The file's bytes, after any byte-order mark. Valid while the reader's closure runs.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the current line starts.
    private(set) var start = 0
    /// Where the current line's text ends: before its LF and any CRs ahead of it.
    private(set) var end = 0
    /// Where the current line's LF is (the file's end for the last line).
    private(set) var lineFeed = 0
    /// The current line's 1-based number; at the end, the number of lines the file has.
    private(set) var number = 0
    /// Whether there is a current line (false once the last line has been passed).
    private(set) var hasLine = false
    /// Whether a line the scanner passed breaks a rule (the scan stops there).
    private(set) var refused = false
    /// Where the next line starts, or nil after the last line.
    private var next: Int?

    /// A scanner over `bytes`, on its first line.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotebookError) {
        self.bytes = bytes
        next = 0
        try advance()
    }

    /// Moves to the next line, or past the last one (`hasLine` false). Throws `NotebookError.refused`
    /// (and sets `refused`) when the line breaks a rule.
    mutating func advance() throws(NotebookError) {
        guard let from = next else {
            hasLine = false
            return
        }
        number += 1
        hasLine = true
        start = from
        guard let (lf, textEnd) = Self.scanLine(bytes, from: from) else {
            refused = true
            hasLine = false
            throw NotebookError.refused
        }
        lineFeed = lf
        end = textEnd
        next = lf + 1 < bytes.count ? lf + 1 : nil
    }

    /// Scans what is left of the file (after a parse error, so that a rule broken further on is
    /// still reported first, as the file's text is checked before its structure).
    mutating func scanRest() {
        while hasLine {
            do throws(NotebookError) { try advance() } catch { return }
        }
    }

    /// The byte at `offset` of the current line, or nil past its text.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8? {
        start + offset < end ? bytes[start + offset] : nil
    }

    /// Whether the current line is the file's last.
    var isLastLine: Bool { next == nil }

    /// The current line's length in bytes.
    var count: Int { end - start }

    /// Whether the current line's text is `text`, byte for byte.
    func equals(_ text: StaticString) -> Bool {
        count == text.utf8CodeUnitCount && hasPrefix(text)
    }

    /// Whether the current line starts with `prefix`, byte for byte.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        hasPrefix(prefix, at: start)
    }

    /// Whether the current line holds `text` at byte `offset` from the file's start.
    func hasPrefix(_ text: StaticString, at offset: Int) -> Bool {
        let n = text.utf8CodeUnitCount
        guard end - offset >= n else { return false }
        let p = text.utf8Start
        for i in 0..<n where bytes[offset + i] != p[i] { return false }
        return true
    }

    /// Whether every byte of the current line is a space or a tab.
    var isBlank: Bool {
        var i = start
        while i < end {
            guard bytes[i] == 0x20 || bytes[i] == 0x09 else { return false }
            i += 1
        }
        return true
    }

    /// The current line as text (for the header and for messages; cells are read as byte ranges).
    var text: Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    // MARK: The scan

    /// Each byte of `word` is printable ASCII (0x20 to 0x7E).
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 borrows into its high bit; a byte of 0x7F or more sets it once 1 is added.
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = ((word &+ ones) | word) & highs
        return below | above == 0
    }

    /// Finds the end of the line starting at `from`: its LF (or the file's end) and where its text
    /// ends (before any CRs ahead of the LF); nil when the line breaks a rule.
    static func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (lineFeed: Int, textEnd: Int)? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        var i = from
        while true {
            // Printable ASCII eight bytes at a time; the rest one byte at a time.
            while i + 8 <= count, isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            let stop = min(i + 8, count)
            while i < stop {
                let b = base[i]
                if b &- 0x20 < 0x5F { i += 1; continue }
                switch b {
                case 0x0A:
                    return (i, i)
                case 0x09:
                    i += 1
                case 0x0D:
                    // CRs may only end a line.
                    var j = i + 1
                    while j < count, base[j] == 0x0D { j += 1 }
                    guard j == count || base[j] == 0x0A else { return nil }
                    return (j, i)
                case 0x80...:
                    guard let n = validScalarLength(base, at: i, count: count) else { return nil }
                    i += n
                default:
                    return nil  // NUL, another C0 control, DEL
                }
            }
            if i >= count { return (count, count) }
        }
    }

    /// The length of the well-formed UTF-8 sequence of a scalar from U+00A0 up starting at `i`
    /// (Unicode's table 3-7), or nil: an ill-formed sequence, or a C1 control (U+0080 to U+009F).
    @inline(__always)
    static func validScalarLength(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int? {
        let lead = p[i]
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < count && p[i + k] >= low && p[i + k] <= high
        }
        switch lead {
        case 0xC2:
            return continuation(1, 0xA0) ? 2 : nil
        case 0xC3...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }
}

extension NotebookError {
    /// What the scanner throws when a line breaks a rule; the reader replaces it with the real error.
    static let refused = NotebookError(fileName: "", line: nil, message: "")
}
