import Language
import Session

/// The crash-recovery journal: a session's cells appended one at a time as they are entered, so
/// that after `kill -9` they can be replayed. Pure encoding and decoding; the shell does the I/O.
///
///     journal = "dossier-journal 1 " seed " " story-id " " story-hash NL { entry }
///     entry   = "cell " kind " " input-bytes " " output-bytes " " crc32 NL input output NL
///     kind    = "note" | "ok" | "error" | "hedge"
///
/// A `hedge` entry holds, as its input, a hedge-table row the session's readings used
/// (`around = ±5% ±2% ±1%`), as a notebook header records it, so that recovery reads numbers the
/// way the lost session did; it is written before the first cell that used it.
///
/// Each entry is length-prefixed and checksummed (CRC-32 over its kind, lengths and bytes), so a
/// last entry torn by a crash is recognised and dropped, never misread as a cell; a damaged entry
/// in the middle is skipped and reading goes on at the next whole entry.
public enum Journal {
    /// What the journal's first line records about the session.
    public struct Header: Sendable, Equatable {
        /// The session's starting seed.
        public var seed: UInt64
        /// The story's id.
        public var storyID: String
        /// The story's content hash.
        public var storyHash: String

        /// Creates a header.
        public init(seed: UInt64, storyID: String, storyHash: String) {
            self.seed = seed
            self.storyID = storyID
            self.storyHash = storyHash
        }
    }

    /// What a journal file held.
    public struct Contents: Sendable, Equatable {
        /// The header, or nil when even the first line is missing or damaged.
        public var header: Header?
        /// The whole entries, in order.
        public var cells: [Cell]
        /// The hedge-table rows the session used (`around = ±5% ±2% ±1%`), in order.
        public var hedges: [String] = []
        /// How many bytes at the end were not a whole entry (a write torn by a crash).
        public var droppedBytes: Int
        /// How many damaged stretches between whole entries were skipped (each one or more lost
        /// cells).
        public var skippedStretches: Int = 0

        /// Whether every byte was part of a whole entry.
        public var isWhole: Bool { header != nil && droppedBytes == 0 && skippedStretches == 0 }
    }

    static let magic = "dossier-journal 1"

    /// The journal's first line.
    public static func encode(_ header: Header) -> [UInt8] {
        Array("\(magic) \(header.seed) \(token(header.storyID)) \(token(header.storyHash))\n".utf8)
    }

    /// One entry for `cell`, to be appended (and flushed) as the cell is entered.
    public static func encode(_ cell: Cell) -> [UInt8] {
        switch cell.content {
        case .note(let text): entry("note", text, "")
        case .command(let input, let output, let isError): entry(isError ? "error" : "ok", input, output)
        }
    }

    /// One entry for a hedge-table row the session used (`around = ±5% ±2% ±1%`).
    public static func encode(hedgeRow row: String) -> [UInt8] {
        entry("hedge", row, "")
    }

    static func entry(_ kind: String, _ first: String, _ second: String) -> [UInt8] {
        let a = Array(first.utf8), b = Array(second.utf8)
        let fields = "\(kind) \(a.count) \(b.count)"
        var crc = CRC32()
        crc.update(fields.utf8)
        crc.update(a)
        crc.update(b)
        return Array("cell \(fields) \(hex(crc.checksum))\n".utf8) + a + b + [0x0A]
    }

    /// Reads a journal back: the header and every whole entry. A damaged entry is skipped up to
    /// the next entry whose checksum holds; damage with no whole entry after it is a torn end.
    public static func decode(_ bytes: [UInt8]) -> Contents {
        guard let headerEnd = bytes.firstIndex(of: 0x0A),
              let header = header(String(decoding: bytes[..<headerEnd], as: UTF8.self)) else {
            return Contents(header: nil, cells: [], droppedBytes: bytes.count)
        }
        var contents = Contents(header: header, cells: [], droppedBytes: 0)
        var at = headerEnd + 1
        while at < bytes.count {
            guard let (entry, next) = entry(bytes, at: at) else {
                guard let resumed = nextEntry(bytes, after: at) else { break }
                contents.skippedStretches += 1
                at = resumed
                continue
            }
            switch entry {
            case .cell(let cell): contents.cells.append(cell)
            case .hedge(let row): contents.hedges.append(row)
            }
            at = next
        }
        contents.droppedBytes = bytes.count - at
        return contents
    }

    /// The start of the first whole entry after `at`: the next `cell ` that begins an entry whose
    /// checksum holds (a damaged byte may have been the line break before it).
    static func nextEntry(_ bytes: [UInt8], after at: Int) -> Int? {
        let c = UInt8(ascii: "c")
        var i = at + 1
        while i + 5 <= bytes.count {
            guard let start = bytes[i...].firstIndex(of: c) else { return nil }
            if start + 5 <= bytes.count, bytes[start..<start + 5].elementsEqual("cell ".utf8), entry(bytes, at: start) != nil {
                return start
            }
            i = start + 1
        }
        return nil
    }

    /// Parses the first line.
    static func header(_ line: String) -> Header? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 5, "\(parts[0]) \(parts[1])" == magic, let seed = UInt64(parts[2]) else { return nil }
        return Header(seed: seed, storyID: untoken(parts[3]), storyHash: untoken(parts[4]))
    }

    /// What one entry holds.
    enum Entry {
        case cell(Cell)
        case hedge(String)
    }

    /// The entry starting at `at` and the offset after it, or nil when it is torn or damaged.
    static func entry(_ bytes: [UInt8], at: Int) -> (Entry, Int)? {
        guard let lineEnd = bytes[at...].firstIndex(of: 0x0A), lineEnd - at <= 80 else { return nil }
        let parts = String(decoding: bytes[at..<lineEnd], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "cell", ["note", "ok", "error", "hedge"].contains(parts[1]),
              let n = Int(parts[2]), let m = Int(parts[3]), n >= 0, m >= 0,
              let crc = UInt32(parts[4], radix: 16), hex(crc) == parts[4] else { return nil }
        let start = lineEnd + 1
        guard n <= bytes.count - start, m <= bytes.count - start - n, start + n + m < bytes.count,
              bytes[start + n + m] == 0x0A else { return nil }
        let a = bytes[start..<start + n], b = bytes[start + n..<start + n + m]
        var check = CRC32()
        check.update("\(parts[1]) \(n) \(m)".utf8)
        check.update(a)
        check.update(b)
        guard check.checksum == crc, let first = String(validating: a, as: UTF8.self),
              let second = String(validating: b, as: UTF8.self) else { return nil }
        let entry: Entry = switch parts[1] {
        case "hedge": .hedge(first)
        case "note": .cell(Cell(.note(first)))
        default: .cell(Cell(.command(input: first, output: second, isError: parts[1] == "error")))
        }
        return (entry, start + n + m + 1)
    }

    /// Eight lowercase hex digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Undoes `token` for the empty value.
    static func untoken(_ word: Substring) -> String { word == "-" ? "" : String(word) }

    /// A header value as one space-free word (`-` for none).
    static func token(_ value: String) -> String {
        value.isEmpty ? "-" : String(value.map { $0 == " " || $0 == "\n" ? "_" : $0 })
    }
}
