import Foundation
import Testing

/// Crash recovery as a person meets it: a shell killed with `kill -9`, then `dossier --recover`.
@Suite(.serialized) struct NotebookRecoveryTests {
    typealias Key = PseudoTerminal.Key

    let home = DossierBinary.temporaryDirectory()

    /// Starts the shell in a pseudo-terminal and types `inputs`, waiting for each result.
    func shell(typing inputs: [(String, String)]) throws -> PseudoTerminal {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        for (input, result) in inputs {
            let mark = pty.mark
            try pty.type(input + Key.enter)
            try pty.waitFor(result, after: mark)
        }
        return pty
    }

    /// Runs the binary to completion with this test's home, feeding `input`.
    func run(_ arguments: [String], input: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierBinary.path)
        process.arguments = arguments
        process.environment = DossierBinary.environment(home: home)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func journals() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home + "/state/dossier")) ?? []).filter { $0.hasPrefix("journal-") }
    }

    @Test func killedSessionIsRecoveredAndSaved() throws {
        let pty = try shell(typing: [("let r = 7 * 6", "r = 42"), ("r * 1000", "42,000"), (":note after the crash", "> "), ("11 * 11", "121")])
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        #expect(journals().count == 1)

        let saved = home + "/rec.md"
        let r = try run(["--recover"], input: ":save \(saved)\n:quit\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("> let r = 7 * 6\nr = 42\n> r * 1000\n42,000\n# after the crash\n> 11 * 11\n121\nrecovered 4 cells from \(home)/state/dossier/journal-"))
        #expect(r.stdout.hasSuffix("; :save FILE keeps them\nsaved 4 cells to \(saved)\n"))
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("> let r = 7 * 6\nr = 42\n```"))
        #expect(text.contains("<!-- cell: c3 -->\nafter the crash\n"))
        #expect(text.contains("> 11 * 11\n121\n```"))
        // The lost journal was taken over and, on the clean exit, removed.
        #expect(journals().isEmpty)
        let again = try run(["--recover"], input: "")
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("error[io]: no lost session to recover"))
    }

    @Test func anInteractiveStartMentionsALostSession() throws {
        let pty = try shell(typing: [("6*7", "42")])
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        let next = try PseudoTerminal(home: home)
        try next.waitFor("A session left 1 unsaved cell; `dossier --recover` restores them.")
        try next.waitFor("> ")
        try next.type(Key.ctrlD)
        #expect(try next.waitForExit() == 0)
        // A clean exit removes only its own journal (it had none); the lost one is still there.
        #expect(journals().count == 1)
    }

    @Test func aRunningSessionsJournalIsNotALostOne() throws {
        let first = try shell(typing: [("6*7", "42")])
        let second = try PseudoTerminal(home: home)
        try second.waitFor("> ")
        #expect(!second.output(after: 0).contains("--recover"))
        let mark = second.mark
        try second.type("1+1" + Key.enter)
        try second.waitFor("2", after: mark)
        #expect(journals().count == 2)
        // Saved, then a clean exit: that session's journal goes, the running one's stays.
        let saved = second.mark
        try second.type(":save \(home)/second.md" + Key.enter)
        try second.waitFor("saved 1 cell", after: saved)
        try second.type(Key.ctrlD)
        #expect(try second.waitForExit() == 0)
        #expect(journals().count == 1)
        let savedFirst = first.mark
        try first.type(":save \(home)/first.md" + Key.enter)
        try first.waitFor("saved 1 cell", after: savedFirst)
        try first.type(":quit" + Key.enter)
        #expect(try first.waitForExit() == 0)
        #expect(journals().isEmpty)
    }
}
