import Glibc

/// Reads lines from a file descriptor: piped standard input or a script file.
///
/// No prompt and no escape codes. Bytes that are not UTF-8 become U+FFFD (the replacement
/// character) rather than stopping the read; a `\r` before the newline is dropped; a line longer
/// than `maximumLineBytes` is refused with a message and skipped up to its newline.
public final class StreamLineReader: LineReader {
    /// The longest line accepted, in bytes (1 MiB).
    public static let maximumLineBytes = 1 << 20

    private let fd: Int32
    private let name: String?
    private let closesOnDeinit: Bool
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var pending: [UInt8] = []
    private var pendingStart = 0
    /// How many bytes from `pendingStart` on are known to hold no newline: each byte is searched
    /// once, so a long line read in many chunks costs linear time, not quadratic.
    private var scanned = 0
    private var atEnd = false
    private var lineNumber = 0

    /// Reads `fd`; `name` (a file name, or nil for standard input) prefixes line numbers in
    /// diagnostics. When `closing` is true the descriptor is closed with the reader.
    public init(fd: Int32, name: String?, closing: Bool = false) {
        self.fd = fd
        self.name = name
        self.closesOnDeinit = closing
        HeapPages.start()
    }

    deinit { if closesOnDeinit { close(fd) } }

    /// Opens `path` for reading, or returns the reason it cannot be read.
    public static func open(path: String) -> Result<StreamLineReader, ShellError> {
        FileBytes.open(path: path).map { StreamLineReader(fd: $0, name: path, closing: true) }
    }

    public var isInteractive: Bool { false }
    public func remember(_ line: String) {}
    public func history() -> [String]? { nil }

    public func origin(line number: Int) -> String? {
        "\(name ?? "<stdin>"):\(number)"
    }

    public func readLine(prompt: PromptKind) -> LineRead {
        HeapPages.advise()
        var tooLong = false
        while true {
            if let newline = nextNewline() {
                lineNumber += 1
                let start = pendingStart
                pendingStart = newline + 1
                scanned = 0
                // The line is read out before compacting: a slice of `pending` still alive then
                // would make the compaction copy the whole buffer.
                let read = tooLong || newline - start > Self.maximumLineBytes ? rejection()
                    : .line(Self.decode(pending[start..<newline]), number: lineNumber)
                compact()
                return read
            }
            scanned = pending.count - pendingStart
            if pending.count - pendingStart > Self.maximumLineBytes {
                // Keep reading to find the line's end, but hold none of its bytes.
                tooLong = true
                pending.removeAll(keepingCapacity: true)
                pendingStart = 0
                scanned = 0
            }
            if atEnd {
                guard pendingStart < pending.count || tooLong else { return .end }
                lineNumber += 1
                let line = pending[pendingStart...]
                pending.removeAll()
                pendingStart = 0
                scanned = 0
                if tooLong { return rejection() }
                return .line(Self.decode(line), number: lineNumber)
            }
            fill()
        }
    }

    /// The index of the first newline in `pending` after what was already scanned, found by memchr.
    private func nextNewline() -> Int? {
        let from = pendingStart + scanned
        guard from < pending.count else { return nil }
        return pending.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func rejection() -> LineRead {
        .rejected("line \(lineNumber) is longer than 1 MiB (\(Self.maximumLineBytes) bytes); it was skipped", number: lineNumber)
    }

    /// Reads one more chunk, or marks the end (also on a read error: what was read is kept).
    private func fill() {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            pending.append(contentsOf: chunk[0..<n])
        } else if n < 0 && errno == EINTR {
            return
        } else {
            atEnd = true
        }
    }

    /// Drops consumed bytes once they make up most of the buffer.
    private func compact() {
        if pendingStart > (1 << 16) && pendingStart * 2 > pending.count {
            // One memmove and a cut at the end: `removeSubrange` moved the bytes one at a time.
            let kept = pending.count - pendingStart
            pending.withUnsafeMutableBufferPointer { b in
                guard let base = b.baseAddress else { return }
                base.update(from: base + pendingStart, count: kept)
            }
            pending.removeLast(pendingStart)
            pendingStart = 0
        }
    }

    /// UTF-8 with invalid bytes replaced by U+FFFD, and a trailing `\r` dropped.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        if slice.last == 0x0D { slice = slice.dropLast() }
        // Through a buffer pointer: the slice's generic path costs more than the line's parsing.
        return slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
