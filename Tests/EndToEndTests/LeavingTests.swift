import Foundation
import Testing

/// Leaving the shell without losing work (issue 13, item 5), and the terminal after a fatal signal
/// (item 1): a pseudo-terminal, as a person uses it.
@Suite(.serialized) struct LeavingTests {
    typealias Key = PseudoTerminal.Key
    let home = DossierBinary.temporaryDirectory()

    func start() throws -> PseudoTerminal {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        return pty
    }

    func enter(_ pty: PseudoTerminal, _ input: String, expecting result: String) throws {
        let mark = pty.mark
        try pty.type(input + Key.enter)
        try pty.waitFor(result, after: mark)
    }

    func journals() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home + "/state/dossier")) ?? []).filter { $0.hasPrefix("journal-") }
    }

    @Test func ctrlDWithUnsavedCellsWarnsThenASecondCtrlDLeavesAndTheJournalStays() throws {
        let pty = try start()
        try enter(pty, "let a = 6 * 7", expecting: "a = 42")
        try enter(pty, "a + 1", expecting: "43")
        let mark = pty.mark
        try pty.type(Key.ctrlD)
        try pty.waitFor("2 cells are not saved: :save FILE keeps them. Ctrl-D (or :quit) again leaves", after: mark)
        usleep(200_000)
        #expect(pty.isRunning, "one Ctrl-D with unsaved cells must not leave")
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
        // The cells are still there for --recover.
        #expect(journals().count == 1)
        let r = try FaultProcess.run(DossierBinary.path, ["--recover", "-e", ":vars"], home: home)
        #expect(r.stdout.contains("recovered 2 cells"), "\(r.stdout) \(r.stderr)")
    }

    @Test func aLineBetweenTheTwoCtrlDsAsksAgain() throws {
        let pty = try start()
        try enter(pty, "6 * 7", expecting: "42")
        let first = pty.mark
        try pty.type(Key.ctrlD)
        try pty.waitFor("1 cell is not saved", after: first)
        try enter(pty, ":save \(home)/kept.md", expecting: "saved 1 cell")
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
        // Everything saved: a clean exit removes the journal.
        #expect(journals().isEmpty)
    }

    @Test func quitWithUnsavedCellsAlsoAsksForASecondQuit() throws {
        let pty = try start()
        try enter(pty, "6 * 7", expecting: "42")
        try enter(pty, ":quit", expecting: "1 cell is not saved")
        #expect(pty.isRunning)
        try pty.type(":quit" + Key.enter)
        #expect(try pty.waitForExit() == 0)
    }

    @Test func anExternalSigintAtThePromptActsAsCtrlCAndLosesNothing() throws {
        let pty = try start()
        try enter(pty, "let a = 1", expecting: "a = 1")
        try enter(pty, "let b = 2", expecting: "b = 2")
        try enter(pty, "let c = 3", expecting: "c = 3")
        try pty.waitForRawMode()
        try pty.type("a + ")
        try pty.waitFor("a + ")
        let mark = pty.mark
        kill(pty.pid, SIGINT)
        try pty.waitFor("^C", after: mark)
        usleep(200_000)
        #expect(pty.isRunning, "SIGINT at the prompt ended the shell")
        try enter(pty, "a + b + c", expecting: "6")
        #expect(journals().count == 1)
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        let r = try FaultProcess.run(DossierBinary.path, ["--recover", "-e", ":vars"], home: home)
        #expect(r.stdout.contains("recovered 4 cells"), "\(r.stdout) \(r.stderr)")
    }

    @Test func aFatalSignalLeavesTheTerminalCooked() throws {
        // Swift's crash reporter takes its time at a terminal; the test is about the terminal.
        let inherited = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"]
        let pty = try PseudoTerminal(home: home, environment: ["SWIFT_BACKTRACE": inherited ?? "enable=no"])
        try pty.waitFor("> ")
        try pty.type("6 * ")
        try pty.waitForRawMode()
        kill(pty.pid, SIGSEGV)
        let status = try pty.waitForExit()
        #expect(status == 128 + SIGSEGV || status == 128 + SIGILL || status == 128 + SIGTRAP || status > 0)
        #expect(pty.terminalIsRaw == false, "the terminal was left raw")
    }

    @Test func aHangUpKeepsTheJournal() throws {
        let pty = try start()
        try enter(pty, "6 * 7", expecting: "42")
        kill(pty.pid, SIGHUP)
        _ = try pty.waitForExit()
        #expect(journals().count == 1)
    }
}
