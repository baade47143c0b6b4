import Glibc

/// Where the shell writes: results to standard output, errors to standard error.
///
/// Standard output is buffered (a 100,000-line script makes one write per 64 KiB, not per line)
/// and flushed before anything goes to standard error, so the two streams stay in order when they
/// share a pipe (`2>&1`), and before the shell waits for a person at the prompt.
public final class Output {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    /// Creates an output over file descriptors 1 and 2.
    public init() {
        buffer.reserveCapacity(limit)
    }

    deinit { flush() }

    /// Writes `text` and a newline to standard output.
    public func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    /// Writes `text` as it is to standard output.
    public func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    /// Writes `text` and a newline to standard error, after flushing standard output.
    public func error(_ text: String) {
        flush()
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        Output.writeAll(2, bytes)
    }

    /// Sends what is buffered to standard output.
    public func flush() {
        guard !buffer.isEmpty else { return }
        Output.writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying after signals and short writes; gives up quietly when the
    /// reader has gone (a closed pipe is not the shell's error to report).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
