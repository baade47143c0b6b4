/// A cursor over a notebook file's lines that checks each byte once as it passes: valid UTF-8, no
/// NUL, no control character but tab (C0, DEL, C1), carriage returns only at a line's end.
///
/// Lines are split at LF; a final LF ends the last line rather than starting an empty one (an
/// empty file is one empty line); the CRs ending a line are not part of it. When a line breaks a
/// rule, `advance` stops with `refused` set, and the reader works out the exact error the slow way
/// (`NotebookReader.validationError`): the scanner only has to be fast for files that are fine.
///
/// Replay reads every byte of a notebook here, so the common case is made cheap: printable ASCII
/// is passed over eight bytes at a time, and the line's shape is judged from whole words.
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
    /// Where the next line starts, or -1 after the last line.
    private var next = 0

    /// A scanner over `bytes`, on its first line.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotebookError) {
        self.bytes = bytes
        try advance()
    }

    /// Moves to the next line, or past the last one (`hasLine` false). Throws `NotebookError.refused`
    /// (and sets `refused`) when the line breaks a rule.
    @inline(__always)
    mutating func advance() throws(NotebookError) {
        guard next >= 0 else {
            hasLine = false
            return
        }
        number &+= 1
        hasLine = true
        start = next
        // The common line: printable ASCII up to an LF, with eight bytes to read at each step.
        var i = next
        let count = bytes.count
        while i &+ 8 <= count {
            let skip = Self.printableBytes(Self.load(bytes, i))
            i &+= skip
            guard skip == 8 else { break }
        }
        if i < count, bytes[i] == 0x0A {
            end = i
            lineFeed = i
            next = i &+ 1 < count ? i &+ 1 : -1
            return
        }
        try finishLine(from: i)
    }

    /// Goes on scanning the current line from `i`, byte by byte where it must (a tab, a CR, a
    /// non-ASCII scalar, the file's last bytes).
    mutating func finishLine(from i: Int) throws(NotebookError) {
        guard let (lf, textEnd) = Self.scanLine(bytes, from: i) else {
            refused = true
            hasLine = false
            next = -1
            throw NotebookError.refused
        }
        lineFeed = lf
        end = textEnd
        next = lf &+ 1 < bytes.count ? lf &+ 1 : -1
    }

    /// Scans what is left of the file (after a parse error, so that a rule broken further on is
    /// still reported first, as the file's text is checked before its structure).
    mutating func scanRest() {
        while hasLine {
            do throws(NotebookError) { try advance() } catch { return }
        }
    }

    // MARK: The current line

    /// Whether the current line is the file's last.
    var isLastLine: Bool { next < 0 }

    /// The current line's length in bytes.
    var count: Int { end &- start }

    /// The byte at `offset` of the current line, or nil past its text.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8? {
        start &+ offset < end ? bytes[start &+ offset] : nil
    }

    /// The eight bytes of the current line from `offset` (counted from the file's start) as a
    /// little-endian word, with the bytes past the line's end as zeros; compared with the words
    /// of `LineWords`, it tells a line's shape in one comparison.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        let n = end &- offset
        guard n > 0 else { return 0 }
        if offset &+ 8 <= bytes.count {
            let w = Self.load(bytes, offset)
            return n >= 8 ? w : w & ((1 &<< UInt64(n &* 8)) &- 1)
        }
        var w: UInt64 = 0
        for k in 0..<min(n, 8) { w |= UInt64(bytes[offset &+ k]) &<< UInt64(8 &* k) }
        return w
    }

    /// Whether the current line's text is `text`, byte for byte.
    func equals(_ text: StaticString) -> Bool {
        count == text.utf8CodeUnitCount && hasPrefix(text, at: start)
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
    @inline(__always)
    var isBlank: Bool {
        var i = start
        while i < end {
            guard bytes[i] == 0x20 || bytes[i] == 0x09 else { return false }
            i &+= 1
        }
        return true
    }

    /// The current line as text (for the header and for messages; cells are read as byte ranges).
    var text: Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    // MARK: The scan

    /// The eight bytes at `offset`, as a little-endian word (the caller checks there are eight).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// How many of the word's bytes, from its first, are printable ASCII (0x20 to 0x7E): 8 when all.
    @inline(__always)
    static func printableBytes(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 borrows into its high bit; a byte of 0x7F or more sets it once 1 is
        // added. A borrow or carry only runs upward from a byte that is itself flagged, so the
        // lowest flag is exact.
        let below = (word &- ones &* 0x20) & ~word
        let above = (word &+ ones) | word
        let flags = (below | above) & highs
        return flags == 0 ? 8 : flags.trailingZeroBitCount &>> 3
    }

    /// Finds the end of the line whose scan has reached `from`: its LF (or the file's end) and
    /// where its text ends (before any CRs ahead of the LF); nil when the line breaks a rule.
    static func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (lineFeed: Int, textEnd: Int)? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return (0, 0) }
        var i = from
        while true {
            while i &+ 8 <= count {
                let skip = printableBytes(load(bytes, i))
                i &+= skip
                guard skip == 8 else { break }
            }
            let stop = min(i &+ 8, count)
            while i < stop {
                let b = base[i]
                if b &- 0x20 < 0x5F { i &+= 1; continue }
                switch b {
                case 0x0A:
                    return (i, i)
                case 0x09:
                    i &+= 1
                case 0x0D:
                    // CRs may only end a line.
                    var j = i &+ 1
                    while j < count, base[j] == 0x0D { j &+= 1 }
                    guard j == count || base[j] == 0x0A else { return nil }
                    return (j, i)
                case 0x80...:
                    guard let n = validScalarLength(base, at: i, count: count) else { return nil }
                    i &+= n
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

/// The notebook format's fixed words as little-endian words of their bytes, for
/// `LineScanner.word(at:)` (a test checks each against its text).
enum LineWords {
    /// `<!-- cel`, the first eight bytes of a cell marker.
    static let markerHead: UInt64 = 0x6C65_6320_2D2D_213C
    /// `l: `, the marker's next three bytes.
    static let markerTail: UInt64 = 0x20_3A6C
    /// ` -->`, a marker's last four bytes.
    static let markerEnd: UInt64 = 0x3E2D_2D20
    /// `error[`, the start of an error's first line.
    static let error: UInt64 = 0x5B_726F_7272_65
    /// `dossier`, a command fence's info string.
    static let dossier: UInt64 = 0x72_6569_7373_6F64

    /// The word of `text`'s bytes (at most eight), first byte lowest.
    static func of(_ text: String) -> UInt64 {
        text.utf8.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }
}

extension NotebookError {
    /// What the scanner throws when a line breaks a rule; the reader replaces it with the real error.
    static let refused = NotebookError(fileName: "", line: nil, message: "")
}
