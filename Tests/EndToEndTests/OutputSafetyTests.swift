import Foundation
import Testing

/// What Dossier prints (issue 13, items 10 and 14): a failed write to standard output is an
/// error, and nothing that came from input reaches the terminal as a control character.
@Suite struct OutputSafetyTests {
    let dir = DossierBinary.temporaryDirectory()

    /// Runs dossier with standard output going to `stdoutPath`.
    func run(_ arguments: [String], stdoutTo stdoutPath: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierBinary.path)
        process.arguments = arguments
        process.environment = DossierBinary.environment(home: dir)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    @Test func aFullStandardOutputIsAnErrorWithANonZeroExit() throws {
        let script = dir + "/s.dos"
        try "6 * 7\n:facts\n".write(toFile: script, atomically: true, encoding: .utf8)
        for arguments in [["run", script], ["-e", "6 * 7"], ["-e", ":article"]] {
            let r = try run(arguments, stdoutTo: "/dev/full")
            #expect(r.status == 1, "\(arguments): exit \(r.status)")
            #expect(r.stderr.contains("dossier: error writing to standard output: No space left on device"), "\(arguments): \(r.stderr)")
        }
        let nb = dir + "/nb.md"
        #expect(try ProcessRun.run(["-e", "1 + 1", "-e", ":save \(nb)"]).status == 0)
        let replay = try run(["replay", nb], stdoutTo: "/dev/full")
        #expect(replay.status == 1 && replay.stderr.contains("error writing to standard output"), "\(replay.stderr)")
    }

    @Test func controlCharactersFromInputAreShownAsPictures() throws {
        let title = "\u{1B}]2;TITLE\u{07}"
        let cases: [[String]] = [
            ["-e", ":facts \(title)"],
            ["-e", ":note \(title)", "-e", ":open \(dir)/no\u{1B}[2J.md"],
            ["run", "\(dir)/no\u{1B}[2Jsuch.dos"],
            ["--dossier", "\(dir)/no\u{1B}[2Jsuch.dossier", "-e", "1"],
        ]
        for arguments in cases {
            let r = try ProcessRun.run(arguments, input: Data())
            let all = Array((r.stdout + r.stderr).utf8)
            #expect(!all.contains(0x1B) && !all.contains(0x07), "\(arguments): \(r.all.debugDescription)")
            #expect(r.all.contains("␛"), "\(arguments): \(r.all.debugDescription)")
        }
    }
}
