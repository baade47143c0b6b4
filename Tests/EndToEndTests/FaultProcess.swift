import Foundation

/// Process-level fault injection for the Fault* tests: the binary run with stdin from a file and
/// killed with SIGKILL at a chosen moment, run under `strace` with a signal injected at a chosen
/// system call, or run with a file-size limit of 0 (a full disk). Every wait has a deadline.
enum FaultProcess {
    /// How a run ended: its exit status, or 128 + the signal that ended it (124: the deadline).
    struct Ended {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments`, stdin from `stdinPath` (or empty), collecting its output;
    /// when `killAfter` is given, sends SIGKILL that many seconds after the start.
    static func run(_ executable: String, _ arguments: [String], home: String, stdinPath: String? = nil,
                    killAfter: TimeInterval? = nil, timeout: TimeInterval = 30) throws -> Ended {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = DossierBinary.environment(home: home)
        process.standardInput = stdinPath.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let pid = process.processIdentifier
        let outReader = stdout.fileHandleForReading, errReader = stderr.fileHandleForReading
        let out = Box(), err = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { out.data = outReader.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err.data = errReader.readDataToEndOfFile() }
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        if let killAfter {
            usleep(useconds_t(max(0, killAfter) * 1_000_000))
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        watchdog.cancel()
        _ = group.wait(timeout: .now() + 5)
        var status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal { status += 128 }
        return Ended(status: status, stdout: String(decoding: out.data, as: UTF8.self), stderr: String(decoding: err.data, as: UTF8.self))
    }

    /// Runs dossier under `strace`, which sends SIGKILL to it when it makes the `when`-th call of
    /// any system call in `calls` (before the call is carried out).
    static func killAtSyscall(_ calls: String, when: Int = 1, _ arguments: [String], home: String,
                              stdinPath: String? = nil) throws -> Ended {
        try run(strace, ["-f", "-o", "/dev/null", "-e", "inject=\(calls):signal=KILL:when=\(when)", "--", DossierBinary.path] + arguments,
                home: home, stdinPath: stdinPath)
    }

    /// Runs dossier with RLIMIT_FSIZE 0 (no file may grow: as a full disk for `:save`) and
    /// SIGXFSZ ignored, so a write fails with EFBIG instead of killing the process.
    static func withFullDisk(_ arguments: [String], home: String) throws -> Ended {
        try run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", DossierBinary.path] + arguments, home: home)
    }

    /// Where strace is (scripts/setup.sh --test installs it).
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/strace"

    /// The file's bytes (empty when it cannot be read).
    static func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }

    /// Files in `directory` whose names start with `prefix` (left-over temporary files).
    static func files(in directory: String, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }
}

/// A small deterministic generator (SplitMix64), so random kill moments repeat from run to run.
struct SplitMix {
    var state: UInt64
    /// The next number in 0..<1.
    mutating func unit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}

/// Bytes one reader thread collects; read only after its group is waited for.
private final class Box: @unchecked Sendable {
    var data = Data()
}
