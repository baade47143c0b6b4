import Glibc

/// Reads a dossier data file into a `Story`, or lists every problem in it.
///
/// The format is described in docs/story-format.md. Reading never traps: any text (or bytes)
/// gives either a story or a `StoryLoadError` listing each problem by line.
public enum StoryReader {
    /// The format version this reader writes in its documentation and reads (`dossier-story 1`).
    public static let formatVersion = 1
    /// The largest file read, in bytes (16 MiB); a story file is a few kilobytes.
    public static let maximumSize = 16 << 20
    /// At most this many problems are listed; the rest are counted in one last line.
    public static let maximumIssues = 100

    /// Parses and validates `text`; `fileName` names the file in error messages.
    public static func read(_ text: String, fileName: String) throws(StoryLoadError) -> Story {
        try read(utf8: Array(text.utf8), fileName: fileName)
    }

    /// Parses and validates a file's raw bytes, refusing invalid UTF-8 (with the line of the first
    /// bad byte) instead of repairing it. The shell should use this for files it reads.
    public static func read(bytes: [UInt8], fileName: String) throws(StoryLoadError) -> Story {
        if bytes.count > maximumSize { throw tooLarge(bytes.count, fileName) }
        guard isUTF8(bytes) else {
            throw StoryLoadError(fileName: fileName, issues: [invalidUTF8(bytes)])
        }
        return try read(utf8: bytes, fileName: fileName)
    }

    /// Reads valid UTF-8 `utf8`.
    static func read(utf8: [UInt8], fileName: String) throws(StoryLoadError) -> Story {
        if utf8.count > maximumSize { throw tooLarge(utf8.count, fileName) }
        // A UTF-8 byte-order mark (some editors write one) is not part of the first line.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { return try read(utf8: Array(utf8.dropFirst(3)), fileName: fileName) }
        // A story's text reaches the terminal (:article, :sources): no control character may come
        // with it, or a file could retitle the window, clear the screen or fake output.
        var ascii = true
        if let bad = utf8.withUnsafeBufferPointer({ firstControlByte($0, ascii: &ascii) }) {
            let line = utf8[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let message = utf8[bad] == 0
                ? "holds a NUL byte: a story file is UTF-8 text"
                : "holds the control character \(hexByte(utf8[bad] == 0xC2 ? utf8[bad + 1] : utf8[bad])): a story file is plain text, without terminal escapes"
            throw StoryLoadError(fileName: fileName, issues: [StoryIssue(line: line, field: "file", message: message)])
        }
        // The parser's fields point into the bytes: everything is read within this closure.
        let (story, issues) = utf8.withUnsafeBufferPointer { bytes -> (Story?, [StoryIssue]) in
            let parser = RecordParser(bytes: bytes)
            var issues = parser.issues
            var story: Story?
            if let version = parser.version {
                var builder = StoryBuilder()
                builder.ascii = ascii
                story = parser.fields.withUnsafeBufferPointer { fields in
                    builder.build(parser.records, fields: fields, version: version, hash: ContentHash(of: utf8))
                }
                issues += builder.issues
            }
            return (story, issues)
        }
        guard let story, issues.isEmpty else {
            throw StoryLoadError(fileName: fileName, issues: limited(issues))
        }
        return story
    }

    /// Whether `bytes` are valid UTF-8, as `String(validating:)` decides, without a copy of the
    /// whole file: ASCII stretches are passed over eight bytes at a time, and any other stretch is
    /// validated in pieces of about 64 KiB cut after a line feed (a byte no multi-byte sequence
    /// holds, so each piece starts as the whole file would at that point).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            var start = 0
            while start < buffer.count {
                var end = min(start + (1 << 16), buffer.count)
                if end < buffer.count, let lf = memchr(base + end, 0x0A, buffer.count - end) {
                    end = base.distance(to: lf.assumingMemoryBound(to: UInt8.self)) + 1
                } else {
                    end = buffer.count
                }
                let piece = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if !isASCII(piece) && String(validating: piece, as: UTF8.self) == nil { return false }
                start = end
            }
            return true
        }
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 32 <= bytes.count {
            let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
            if (a | b) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 32
        }
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The issues in line order (stable), cut to `maximumIssues` with a count of the rest.
    static func limited(_ issues: [StoryIssue]) -> [StoryIssue] {
        let sorted = issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        guard sorted.count > maximumIssues else { return sorted }
        let rest = sorted.count - maximumIssues
        return Array(sorted.prefix(maximumIssues)) + [StoryIssue(line: sorted[maximumIssues].line, field: "file", message: "\(rest) more problem\(rest == 1 ? "" : "s") not listed")]
    }

    /// The offset of the first control character other than tab, line feed and a carriage return
    /// before a line feed: a C0 byte, DEL, or a C1 control (U+0080–U+009F, bytes C2 80–C2 9F).
    static func firstControlByte(_ utf8: [UInt8]) -> Int? {
        var ascii = true
        return utf8.withUnsafeBufferPointer { firstControlByte($0, ascii: &ascii) }
    }

    /// `firstControlByte`, also saying whether every byte before the one found (or every byte)
    /// is ASCII.
    static func firstControlByte(_ utf8: UnsafeBufferPointer<UInt8>, ascii: inout Bool) -> Int? {
        var i = 0
        let count = utf8.count
        guard let base = utf8.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let space = SIMD16<UInt8>(repeating: 0x20), delete = SIMD16<UInt8>(repeating: 0x7F)
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A), tab = SIMD16<UInt8>(repeating: 0x09)
        while i < count {
            // Sixteen bytes at a time while none can be a problem: each is printable ASCII (0x20
            // to 0x7E), a line feed or a tab. Sixteen that hold another byte (a CR, a non-ASCII
            // byte) are looked at one by one.
            var stop = count
            if i + 16 <= count {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let suspect = ((v .< space) .& (v .!= lineFeed) .& (v .!= tab)) .| (v .>= delete)
                if !any(suspect) { i += 16; continue }
                stop = i + 16
            }
            while i < stop {
                let b = utf8[i]
                if b >= 0x80 { ascii = false }
                if b < 0x20 || b >= 0x7F {
                    if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F { return i }
                    if b == 0x0D, i + 1 < count, utf8[i + 1] != 0x0A { return i }  // a CR not ending a line
                    if b == 0xC2, i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) { return i }
                }
                i += 1
            }
        }
        return nil
    }

    /// `0x1B`.
    static func hexByte(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" : "") + digits
    }

    static func tooLarge(_ size: Int, _ fileName: String) -> StoryLoadError {
        StoryLoadError(fileName: fileName, issues: [StoryIssue(line: 1, field: "file", message: "is \(size) bytes; a story file may hold at most 16 MiB (\(maximumSize) bytes)")])
    }

    /// The first byte where `bytes` stops being UTF-8, as an issue naming its line.
    static func invalidUTF8(_ bytes: [UInt8]) -> StoryIssue {
        // Decode line by line; the first line that fails holds the bad byte.
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A || i == bytes.count - 1 {
            let end = b == 0x0A ? i : i + 1
            if String(validating: bytes[start..<end], as: UTF8.self) == nil {
                var column = 0
                var j = start
                while j < end {
                    let width = utf8Width(bytes, j, end)
                    if width == 0 {
                        let hex = String(bytes[j], radix: 16, uppercase: true)
                        return StoryIssue(line: line, field: "file", message: "is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) after \(column) characters of the line")
                    }
                    j += width
                    column += 1
                }
            }
            line += 1
            start = i + 1
        }
        return StoryIssue(line: line, field: "file", message: "is not valid UTF-8")
    }

    /// The length of the UTF-8 sequence at `i`, or 0 when it is not a valid one.
    static func utf8Width(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let lead = b[i]
        let width = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard width > 0, i + width <= end else { return 0 }
        return String(validating: b[i..<(i + width)], as: UTF8.self) == nil ? 0 : width
    }
}

/// One problem found in a data file.
public struct StoryIssue: Sendable, Equatable {
    /// The 1-based line of the file.
    public var line: Int
    /// The field (or section) at fault.
    public var field: String
    /// What is wrong.
    public var message: String

    /// Creates an issue.
    public init(line: Int, field: String, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }
}

/// Every problem found in a data file; the story is not loaded at all.
public struct StoryLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name, as given.
    public var fileName: String
    /// The problems, in line order.
    public var issues: [StoryIssue]

    /// Creates the error.
    public init(fileName: String, issues: [StoryIssue]) {
        self.fileName = fileName
        self.issues = issues
    }

    /// One `FILE:LINE: field: what is wrong` line per issue.
    public var description: String {
        issues.map { "\(fileName):\($0.line): \($0.field): \($0.message)" }.joined(separator: "\n")
    }
}
