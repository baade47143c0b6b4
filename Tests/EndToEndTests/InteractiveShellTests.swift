import Foundation
import Testing

/// The libedit shell driven through a pseudo-terminal, as a person uses it. Each test gets its
/// own HOME and XDG_STATE_HOME, so history starts empty unless the test wrote it.
@Suite(.serialized) struct InteractiveShellTests {
    typealias Key = PseudoTerminal.Key

    let home = DossierBinary.temporaryDirectory()

    func start() throws -> PseudoTerminal {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        return pty
    }

    @Test func bannerThenAPromptAndAResult() throws {
        let pty = try start()
        #expect(pty.output(after: 0).hasPrefix("Dossier"))
        #expect(pty.output(after: 0).contains(":help for commands"))
        #expect(pty.output(after: 0).contains("North Korea"))
        #expect(pty.output(after: 0).contains("(Caliber.Az)"))
        let mark = pty.mark
        try pty.type(":help quit" + Key.enter)
        try pty.waitFor("Leaves the shell", after: mark)
        try pty.waitFor("> ", after: mark)
    }

    @Test func typeAnExpressionAndReadTheResult() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type("6*7" + Key.enter)
        try pty.waitFor("42", after: mark)
    }

    @Test func editWithTheLeftArrow() throws {
        let pty = try start()
        let mark = pty.mark
        // ":help qit", two steps left (before "it"), insert "u": ":help quit".
        try pty.type(":help qit" + Key.left + Key.left + "u" + Key.enter)
        try pty.waitFor("Leaves the shell", after: mark)
    }

    @Test func upRecallsALineFromTheLastRun() throws {
        do {
            let first = try start()
            try first.type(":help quit" + Key.enter)
            try first.waitFor("Leaves the shell")
            try first.type(Key.ctrlD)
            #expect(try first.waitForExit() == 0)
        }
        let history = try String(contentsOfFile: home + "/state/dossier/history", encoding: .utf8)
        #expect(history.contains(":help"))
        let second = try start()
        let mark = second.mark
        try second.type(Key.up + Key.enter)
        try second.waitFor("Leaves the shell", after: mark)
    }

    /// A shell killed while saving its history leaves `history.XXXXXX`; the next shell removes
    /// those over a minute old and leaves a fresh one (another shell may be saving right now).
    @Test func staleHistoryTemporariesAreRemoved() throws {
        let directory = home + "/state/dossier"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stale = directory + "/history.Ab12Cd", fresh = directory + "/history.Ef34Gh", other = directory + "/history.notes"
        for path in [stale, fresh, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data("1+1\n".utf8))) }
        let old = Date(timeIntervalSinceNow: -120)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: other)
        let pty = try start()
        try pty.type(PseudoTerminal.Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh))
        #expect(FileManager.default.fileExists(atPath: other))  // not a temporary's name
    }

    @Test func tabCompletesACommand() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type(":hel" + Key.tab + "quit" + Key.enter)
        try pty.waitFor("Leaves the shell", after: mark)
    }

    @Test func tabListsTheCandidates() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type(":" + Key.tab)
        let end = try pty.waitFor(":history", after: mark)
        #expect(pty.output(after: mark).contains(":quit"))
        // The line is still there to finish: "hel" + Tab completes :help (":he" would also be :hedge, :hedges).
        try pty.waitForRawMode()
        try pty.type("hel" + Key.tab + " note" + Key.enter)
        try pty.waitFor("Adds TEXT", after: end)
    }

    @Test func tabCompletesAFactIdOfTheBuiltInStory() throws {
        let pty = try start()
        let typed = pty.mark
        try pty.type(":note soldier_p" + Key.tab + Key.enter)
        try pty.waitFor("\r\n> ", after: typed)
        let listed = pty.mark
        try pty.type(":history" + Key.enter)
        try pty.waitFor("1  :note soldier_pay \r\n", after: listed)
    }

    @Test func ctrlRSearchesTheHistory() throws {
        let pty = try start()
        try pty.type(":help quit" + Key.enter)
        try pty.waitFor("Leaves the shell")
        let afterQuit = pty.mark
        try pty.type(":help note" + Key.enter)
        try pty.waitFor("Adds TEXT", after: afterQuit)
        let mark = pty.mark
        try pty.type(Key.ctrlR + "qu")
        try pty.waitFor("qu", after: mark)
        try pty.type(Key.enter)
        try pty.waitFor("Leaves the shell", after: mark)
    }

    @Test func ctrlCClearsThePartialLineAndTheShellStays() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type(":help qu")
        try pty.waitFor(":help qu", after: mark)
        try pty.type(Key.ctrlC)
        let cleared = try pty.waitFor("^C", after: mark)
        try pty.type(":help note" + Key.enter)
        try pty.waitFor("Adds TEXT", after: cleared)
        #expect(!pty.output(after: mark).contains("Leaves the shell"))
        #expect(pty.isRunning)
    }

    @Test func ctrlCCancelsARunningCommandAndTheShellStays() throws {
        let pty = try start()
        let mark = pty.mark
        // Ten million samples of three inputs take seconds in a debug build.
        try pty.type(":simulate --samples 10000000 (1 to 2) * (3 to 4) * (5 to 7)" + Key.enter)
        try pty.waitForCookedMode()
        usleep(300_000)
        try pty.send(Key.ctrlC)
        let cancelled = try pty.waitFor("error[interrupted]", after: mark, timeout: 20)
        try pty.type("6*7" + Key.enter)
        try pty.waitFor("42", after: cancelled)
    }

    /// `fn f0(x) = x + x`, `fn f1(x) = f0(x) + f0(x)`, …: each level doubles the work.
    func defineDoublingFunctions(_ pty: PseudoTerminal, upTo n: Int) throws {
        var mark = pty.mark
        try pty.type("fn f0(x) = x + x" + Key.enter)
        mark = try pty.waitFor("fn f0(x) = x + x", after: mark)
        for i in 1...n {
            try pty.type("fn f\(i)(x) = f\(i - 1)(x) + f\(i - 1)(x)" + Key.enter)
            mark = try pty.waitFor("= f\(i - 1)(x) + f\(i - 1)(x)\r\n", after: mark)
        }
    }

    @Test(arguments: ["f18(1)", ":table x in 1, 2, 3, 4, 5: f18(x)"])
    func ctrlCStopsAPlainExpressionOrATableQuickly(input: String) throws {
        let pty = try start()
        try defineDoublingFunctions(pty, upTo: 18)
        let mark = pty.mark
        try pty.type(input + Key.enter)
        try pty.waitForCookedMode()
        usleep(300_000)
        let sent = Date()
        try pty.send(Key.ctrlC)
        let cancelled = try pty.waitFor("error[interrupted]", after: mark, timeout: 20)
        // The evaluator looks at Ctrl-C every 4,096 steps: well within 100 ms in a release build;
        // a debug build on a busy machine gets more room.
        #expect(Date().timeIntervalSince(sent) < 1.0)
        try pty.type("6*7" + Key.enter)
        try pty.waitFor("42", after: cancelled)
    }

    @Test func theDoublingExampleIsRefusedByItsBudget() throws {
        let pty = try start()
        try defineDoublingFunctions(pty, upTo: 45)
        let mark = pty.mark
        try pty.type("f45(1)" + Key.enter)
        try pty.waitFor("error[limit]: the expression needs more than 1,000,000 steps", after: mark, timeout: 60)
        #expect(pty.isRunning)
    }

    @Test func ctrlDOnAnEmptyLineExitsZero() throws {
        let pty = try start()
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }

    @Test func quitExitsZero() throws {
        let pty = try start()
        try pty.type(":quit" + Key.enter)
        #expect(try pty.waitForExit() == 0)
    }

    @Test func errorsDoNotEndTheShell() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type(":nope" + Key.enter)
        try pty.waitFor("unknown command", after: mark)
        try pty.type(":help quit" + Key.enter)
        try pty.waitFor("Leaves the shell", after: mark)
    }

    @Test func nonASCIITextEditsAndIsKeptWhole() throws {
        let pty = try start()
        let mark = pty.mark
        // Type a note with Korean and curly quotes, then a stray "x" erased with one Backspace.
        try pty.type(":note 위성락 “quote”x" + Key.backspace + Key.enter)
        try pty.waitFor("위성락 “quote”", after: mark)
        let listed = pty.mark
        try pty.type(":history" + Key.enter)
        try pty.waitFor("1  :note 위성락 “quote”\r\n", after: listed)
    }

    @Test func anOpenBracketGetsTheContinuationPrompt() throws {
        let pty = try start()
        let mark = pty.mark
        try pty.type("(6 *" + Key.enter)
        try pty.waitFor("...> ", after: mark)
        try pty.type("7)" + Key.enter)
        try pty.waitFor("42", after: mark)
    }
}
