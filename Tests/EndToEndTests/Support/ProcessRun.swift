import Foundation

/// The result of running the binary to completion with pipes for its streams.
struct ProcessResult {
    /// The exit status (128 + signal when killed; 124 when the test's deadline killed it).
    var status: Int32
    /// Everything written to standard output.
    var stdout: String
    /// Everything written to standard error.
    var stderr: String
    /// Both, as a reader of `2>&1` would mostly see them (stdout first).
    var all: String { stdout + stderr }
}

/// Runs `dossier` as a plain process: arguments, bytes on stdin, a deadline.
enum ProcessRun {
    /// Runs the binary with `arguments`, feeding `input` on stdin (nothing: stdin is empty).
    static func run(_ arguments: [String], input: Data = Data(), environment extra: [String: String] = [:],
                    timeout: TimeInterval = 20) throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let home = DossierBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierBinary.path)
        process.arguments = arguments
        process.environment = DossierBinary.environment(home: home, extra: extra)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed and drain concurrently so neither side blocks on a full pipe.
        let group = DispatchGroup()
        let out = Collected(), err = Collected()
        let writer = stdin.fileHandleForWriting
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: input)
            try? writer.close()
        }
        let outReader = stdout.fileHandleForReading, errReader = stderr.fileHandleForReading
        DispatchQueue.global().async(group: group) { out.data = outReader.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err.data = errReader.readDataToEndOfFile() }
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        process.waitUntilExit()
        killer.cancel()
        group.wait()
        var status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal { status = status == SIGKILL ? 124 : 128 + status }
        return ProcessResult(status: status, stdout: String(decoding: out.data, as: UTF8.self),
                             stderr: String(decoding: err.data, as: UTF8.self))
    }

    /// A child that stops reading its stdin early (it refused the input, or crashed) must fail
    /// only its own test: SIGPIPE would end the whole test run, so writes get EPIPE instead.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs with `text` on stdin.
    static func run(_ arguments: [String], stdin text: String) throws -> ProcessResult {
        try run(arguments, input: Data(text.utf8))
    }
}

/// Bytes one reader thread collects; read only after the group is waited for.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
