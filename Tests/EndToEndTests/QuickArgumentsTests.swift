import Foundation
import Testing

/// The quick command-line path (`QuickArguments`) and swift-argument-parser mean the same for
/// every form the quick one accepts: same output, same errors, same exit status.
@Suite struct QuickArgumentsTests {
    func bothWays(_ arguments: [String], input: String = "") throws {
        let quick = try ProcessRun.run(arguments, input: Data(input.utf8))
        let full = try ProcessRun.run(arguments, input: Data(input.utf8), environment: ["DOSSIER_FULL_ARGUMENTS": "1"])
        #expect(quick.stdout == full.stdout, "\(arguments)")
        #expect(quick.stderr == full.stderr, "\(arguments)")
        #expect(quick.status == full.status, "\(arguments)")
    }

    @Test func expressionsAndCommands() throws {
        try bothWays(["-e", "1+1"])
        try bothWays(["-e", "let x = 2", "-e", "x * 3 kg"])
        try bothWays(["-e", ":facts"])
        try bothWays(["-e", "1 kg + 1 USD"])         // an error: exit 1 both ways
        try bothWays(["-e", "-e"])                    // `-e` as the command text
    }

    @Test func scripts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quick-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.dos").path, b = dir.appendingPathComponent("b.dos").path
        try "let x = 4\nx * 2\n".write(toFile: a, atomically: true, encoding: .utf8)
        try "x + 1\nnope\n".write(toFile: b, atomically: true, encoding: .utf8)
        try bothWays(["run", a])
        try bothWays(["run", a, b])
        try bothWays(["run", dir.appendingPathComponent("missing.dos").path])
    }

    @Test func replay() throws {
        let notebook = DossierBinary.packageRoot + "/notebooks/03-grain-and-rice.md"
        try bothWays(["replay", notebook])
        try bothWays(["replay", notebook, "--check"])
        try bothWays(["replay", "--check", notebook])
        try bothWays(["replay", "/nonexistent/nb.md"])
    }
}
