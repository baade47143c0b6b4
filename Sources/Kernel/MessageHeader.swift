import Glibc
import Notebook

/// Message headers: a fresh id, the kernel's session, the time, the type, the protocol version.
enum MessageHeader {
    /// The protocol version this kernel speaks.
    static let protocolVersion = "5.3"

    /// A header for a new message of `type` from the kernel session `session`.
    static func make(_ type: String, session: String) -> JSONValue {
        .object([
            ("date", .string(now())),
            ("msg_id", .string(uuid())),
            ("msg_type", .string(type)),
            ("session", .string(session)),
            ("username", .string("dossier")),
            ("version", .string(protocolVersion)),
        ])
    }

    /// A random (version 4) UUID in its usual text form.
    static func uuid() -> String {
        // Two draws of 64 bits (one system call each), not sixteen of a byte.
        var generator = SystemRandomNumberGenerator()
        let high = generator.next(), low = generator.next()
        var bytes = (0..<16).map { i in UInt8(truncatingIfNeeded: (i < 8 ? high : low) >> (8 * UInt64(i % 8))) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { b -> String in
            let h = String(b, radix: 16)
            return h.count == 1 ? "0" + h : h
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }

    /// The current time in ISO 8601 with microseconds, UTC (`2026-12-03T09:30:00.123456Z`).
    static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var seconds = ts.tv_sec
        var t = tm()
        gmtime_r(&seconds, &t)
        func pad(_ n: Int32, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(t.tm_year + 1900, 4))-\(pad(t.tm_mon + 1, 2))-\(pad(t.tm_mday, 2))T"
            + "\(pad(t.tm_hour, 2)):\(pad(t.tm_min, 2)):\(pad(t.tm_sec, 2)).\(pad(Int32(ts.tv_nsec / 1000), 6))Z"
    }
}
