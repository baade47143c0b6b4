import Foundation
import Testing

/// Faults in a live shell (a pseudo-terminal): `kill -9` in the middle of a session, with a command
/// running, then `--recover`; Ctrl-C during a ten-million-sample simulation.
@Suite(.serialized) struct FaultSessionTests {
    typealias Key = PseudoTerminal.Key
    let home = DossierBinary.temporaryDirectory()

    /// Types `input` and waits for `result` printed after it.
    func enter(_ pty: PseudoTerminal, _ input: String, expecting result: String) throws {
        let mark = pty.mark
        try pty.type(input + Key.enter)
        try pty.waitFor(result, after: mark)
    }

    @Test func killedWhileACommandRunsThenRecoverRestoresEveryEnteredCell() throws {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        var cells: [(String, String)] = []
        for i in 1...12 { cells.append(("let c\(i) = \(i) * 111", "c\(i) = \(NumberFormat.grouped(i * 111))")) }
        cells.append((":note twelve cells, then a kill", "> "))
        for (input, result) in cells { try enter(pty, input, expecting: result) }
        // Killed in the middle of a long command: the cells entered before it are all kept.
        try pty.type(":simulate --samples 10000000 (1 to 2) * (3 to 4)" + Key.enter)
        try pty.waitForCookedMode()
        usleep(150_000)
        kill(pty.pid, SIGKILL)
        #expect(try pty.waitForExit() == 128 + SIGKILL)

        let saved = home + "/recovered.md"
        let r = try FaultProcess.run(DossierBinary.path, ["--recover", "-e", ":save \(saved)"], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        let text = String(decoding: FaultProcess.bytes(saved), as: UTF8.self)
        for i in 1...12 {
            #expect(text.contains("> let c\(i) = \(i) * 111\nc\(i) = \(NumberFormat.grouped(i * 111))\n"), "cell \(i) was lost")
        }
        #expect(text.contains("\ntwelve cells, then a kill\n"))
        #expect(text.components(separatedBy: "<!-- cell: ").count - 1 == 13)
    }

    @Test func ctrlCStopsATenMillionSampleSimulationQuicklyAndTheSessionIsIntact() throws {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        try enter(pty, "let keep = 6 * 7", expecting: "keep = 42")
        let mark = pty.mark
        try pty.type(":simulate --samples 10000000 (1 to 2) * (3 to 4) * (5 to 7)" + Key.enter)
        try pty.waitForCookedMode()
        usleep(200_000)
        let pressed = Date()
        try pty.send(Key.ctrlC)
        try pty.waitFor("error[interrupted]: the simulation was interrupted (Ctrl-C) after ", after: mark, timeout: 10)
        let took = Date().timeIntervalSince(pressed)
        #expect(took < 2.0, "Ctrl-C took \(took) s to stop the simulation")
        try pty.waitFor(" of 10,000,000 samples", after: mark)
        // The session is as it was: the variable is there, and so are the cells.
        try enter(pty, "keep * 2", expecting: "84")
        let saved = home + "/after-ctrl-c.md"
        try enter(pty, ":save \(saved)", expecting: "saved ")
        let text = String(decoding: FaultProcess.bytes(saved), as: UTF8.self)
        #expect(text.contains("> let keep = 6 * 7\nkeep = 42\n"))
        #expect(text.contains("> keep * 2\n84\n"))
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }
}

/// Whole numbers with thousands separators, as Dossier prints them (1,221).
enum NumberFormat {
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}
