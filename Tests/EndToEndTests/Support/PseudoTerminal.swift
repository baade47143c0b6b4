import CTestSupport
import Foundation

/// The binary running in a pseudo-terminal, driven as a person would: keys in, screen text out.
///
/// Every wait has a deadline, so a broken shell fails the test instead of hanging it.
final class PseudoTerminal {
    /// Keys as the terminal sends them.
    enum Key {
        static let enter = "\r"
        static let tab = "\t"
        static let left = "\u{1B}[D"
        static let up = "\u{1B}[A"
        static let backspace = "\u{7F}"
        static let ctrlA = "\u{01}"
        static let ctrlC = "\u{03}"
        static let ctrlD = "\u{04}"
        static let ctrlR = "\u{12}"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let master: Int32
    let pid: pid_t
    /// Everything the program has written so far (with libedit's escape sequences).
    private(set) var screen = ""
    private var bytes: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts the binary with `arguments` in a 30x100 terminal, its home and state in `home`;
    /// `through` is a command line that starts it (`["/bin/sh", "-c", "ulimit -f 2; exec \"$0\""]`).
    init(arguments: [String] = [], home: String, environment extra: [String: String] = [:], through: [String] = []) throws {
        let env = DossierBinary.environment(home: home, extra: ["TERM": "xterm"].merging(extra) { $1 })
        let argv = through + [DossierBinary.path] + arguments
        let executable = through.first ?? DossierBinary.path
        var child: pid_t = 0
        let fd = withCStrings(argv) { cArgv in
            withCStrings(env.map { "\($0.key)=\($0.value)" }) { cEnv in
                dossier_test_spawn_in_pty(executable, cArgv, cEnv, 30, 100, &child)
            }
        }
        guard fd >= 0 else { throw Failure(description: "could not start \(DossierBinary.path) in a pty") }
        master = fd
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Waits until the program has put the terminal in raw mode (libedit is reading a line).
    func waitForRawMode(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while dossier_test_pty_is_raw(master) != 1 {
            drain()
            if Date() > deadline { throw Failure(description: "the terminal never went raw; screen so far:\n\(screen)") }
            usleep(5_000)
        }
    }

    /// Waits until the program has left raw mode (it is running a command, the terminal cooked).
    func waitForCookedMode(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while dossier_test_pty_is_raw(master) != 0 {
            drain()
            if Date() > deadline { throw Failure(description: "the terminal never left raw mode; screen so far:\n\(screen)") }
            usleep(2_000)
        }
    }

    /// Sends `text` now, whatever mode the terminal is in (Ctrl-C while a command runs).
    func send(_ text: String) throws {
        let data = Array(text.utf8)
        let n = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        if n != data.count { throw Failure(description: "could not write to the pty") }
    }

    /// Types `text` (waiting for raw mode first, so no key arrives before libedit reads it).
    func type(_ text: String) throws {
        try waitForRawMode()
        var data = Array(text.utf8)
        var offset = 0
        let deadline = Date().addingTimeInterval(10)
        while offset < data.count {
            let n = data.withUnsafeMutableBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 { offset += n } else if Date() > deadline { throw Failure(description: "could not type into the pty") } else { usleep(1_000) }
        }
    }

    /// Waits until the output from byte `position` on holds `text`; returns the byte after it.
    @discardableResult
    func waitFor(_ text: String, after position: Int = 0, timeout: TimeInterval = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Array(text.utf8)
        while true {
            drain()
            if let end = Self.find(needle, in: bytes, from: position) { return end }
            if Date() > deadline {
                throw Failure(description: "waited \(timeout)s for \(text.debugDescription); the screen holds:\n\(screen.debugDescription)")
            }
            _ = pollReadable(milliseconds: 20)
        }
    }

    /// The output's end now (in bytes): a mark to wait for text printed after it.
    var mark: Int {
        drain()
        return bytes.count
    }

    /// The output from byte `position` on, as text.
    func output(after position: Int) -> String {
        drain()
        return String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self)
    }

    /// The byte after the first occurrence of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = max(0, from)
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i + needle.count }
            i += 1
        }
        return nil
    }

    /// Whether the terminal is in raw mode now (nil when it cannot be told).
    var terminalIsRaw: Bool? {
        switch dossier_test_pty_is_raw(master) {
        case 1: return true
        case 0: return false
        default: return nil
        }
    }

    /// Changes the terminal's size, as a person resizing the window does (the program gets SIGWINCH).
    func resize(rows: UInt16, columns: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the program to exit; returns its status (128 + signal when killed).
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            drain()
            var status: Int32 = 0
            if dossier_test_reap(pid, &status) == 1 {
                exitStatus = status
                return status
            }
            if Date() > deadline { throw Failure(description: "the program did not exit; screen:\n\(screen)") }
            usleep(10_000)
        }
    }

    /// Whether the program is still running.
    var isRunning: Bool {
        var status: Int32 = 0
        if exitStatus != nil { return false }
        if dossier_test_reap(pid, &status) == 1 {
            exitStatus = status
            return false
        }
        return true
    }

    private func pollReadable(milliseconds: Int32) -> Bool {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, milliseconds) > 0
    }

    /// Reads whatever is waiting (the master is non-blocking).
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        screen = String(decoding: bytes, as: UTF8.self)
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
