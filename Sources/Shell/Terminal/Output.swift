import Glibc

/// Where the shell writes: results to standard output, errors to standard error.
///
/// Standard output is buffered (a 100,000-line script makes one write per 64 KiB, not per line)
/// and flushed before anything goes to standard error, so the two streams stay in order when they
/// share a pipe (`2>&1`), and before the shell waits for a person at the prompt. Everything
/// written shows control characters as visible pictures (`VisibleText`): much of it quotes input.
/// A failed write to standard output (a full disk, `/dev/full`) is remembered, and `finish`
/// reports it and makes the exit status non-zero, as coreutils do.
public final class Output {
    /// Standard output's buffer: one fixed block (a `let`), so a line is one copy with no array
    /// growth, uniqueness or exclusivity check (~240 instructions a script line: performance.md).
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    /// How much of `buffer` is filled.
    private var used = 0
    private let keepsColour: Bool
    /// Why writing to standard output failed, once it has (later output is dropped).
    public var writeError: Int32? { failedWrite }
    /// Stored where only this module reaches it (the input loop reads it before every line), so
    /// exclusivity is proved at compile time rather than checked on each read.
    private var failedWrite: Int32?

    /// Creates an output over file descriptors 1 and 2; `colour` keeps Dossier's colour codes.
    public init(colour: Bool = false) {
        keepsColour = colour
    }

    deinit {
        flush()
        buffer.deallocate()
    }

    /// Writes `text` and a newline to standard output.
    public func line(_ text: String) {
        append(VisibleText.of(text, keepingColour: keepsColour))
        append(newline: ())
    }

    /// Writes `text` as it is to standard output.
    public func raw(_ text: String) {
        append(VisibleText.of(text, keepingColour: keepsColour))
    }

    /// Copies `text`'s bytes into the buffer, flushing whenever it fills.
    private func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var rest = UnsafeRawBufferPointer(bytes)
            while !rest.isEmpty {
                if used == buffer.count { flush() }
                let n = min(rest.count, buffer.count - used)
                UnsafeMutableRawBufferPointer(rebasing: buffer[used..<used + n]).copyMemory(from: UnsafeRawBufferPointer(rebasing: rest[..<n]))
                used += n
                rest = UnsafeRawBufferPointer(rebasing: rest[n...])
            }
        }
    }

    /// Appends a line feed.
    private func append(newline: Void) {
        if used == buffer.count { flush() }
        buffer[used] = 0x0A
        used += 1
    }

    /// Writes `text` and a newline to standard error, after flushing standard output.
    public func error(_ text: String) {
        flush()
        var bytes = Array(VisibleText.of(text, keepingColour: keepsColour).utf8)
        bytes.append(0x0A)
        _ = Output.writeAll(2, bytes)
    }

    /// Sends what is buffered to standard output.
    public func flush() {
        guard used > 0 else { return }
        if failedWrite == nil, let code = Output.writeAll(1, UnsafeRawBufferPointer(rebasing: buffer[..<used])), code != EPIPE { failedWrite = code }
        used = 0
    }

    /// Flushes, and when standard output could not be written says so on standard error: the
    /// exit status to use (1 after a write error, else `status`).
    public func finish(_ status: Int32) -> Int32 {
        flush()
        guard let code = writeError else { return status }
        error("dossier: error writing to standard output: \(String(cString: strerror(code)))")
        return status == 0 ? 1 : status
    }

    /// Writes every byte, retrying after signals and short writes: nil, or the `errno` of the
    /// write that failed. A closed pipe (EPIPE) is the reader leaving, not an error to report.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// `writeAll` of bytes in place.
    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }
}
