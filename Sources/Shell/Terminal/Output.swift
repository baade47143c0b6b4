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
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    private let keepsColour: Bool
    /// Why writing to standard output failed, once it has (later output is dropped).
    public var writeError: Int32? { failedWrite }
    /// Stored where only this module reaches it (the input loop reads it before every line), so
    /// exclusivity is proved at compile time rather than checked on each read.
    private var failedWrite: Int32?

    /// Creates an output over file descriptors 1 and 2; `colour` keeps Dossier's colour codes.
    public init(colour: Bool = false) {
        keepsColour = colour
        buffer.reserveCapacity(limit)
    }

    deinit { flush() }

    /// Writes `text` and a newline to standard output.
    public func line(_ text: String) {
        buffer.append(contentsOf: VisibleText.of(text, keepingColour: keepsColour).utf8)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    /// Writes `text` as it is to standard output.
    public func raw(_ text: String) {
        buffer.append(contentsOf: VisibleText.of(text, keepingColour: keepsColour).utf8)
        if buffer.count >= limit { flush() }
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
        guard !buffer.isEmpty else { return }
        if failedWrite == nil, let code = Output.writeAll(1, buffer), code != EPIPE { failedWrite = code }
        buffer.removeAll(keepingCapacity: true)
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
        bytes.withUnsafeBytes { raw in
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
}
