import Foundation
import Testing

/// `:open NOTEBOOK` and `dossier --recover` read numbers with the hedge rows the notebook (or the
/// lost session) recorded, as `dossier replay` does. The notebook is the one
/// `HedgeProcessTests.olderNotebook` makes: saved when the built-in "around" was ±10%, so its
/// `:check` reads soldier_pay as 1,800 to 2,200 (216 to 264 million a year, worked out there).
@Suite(.serialized) struct HedgeNotebookTests {
    typealias Key = PseudoTerminal.Key
    let dir = DossierBinary.temporaryDirectory()

    static func warning(_ path: String) -> String {
        "warning: \(path): the built-in hedge table reads `around` as ±5% ±2% ±1%; this notebook keeps its recorded ±10%"
    }

    @Test func openReadsWithTheRecordedRows() throws {
        let (old, _) = try HedgeProcessTests.olderNotebook(in: dir)
        let saved = dir + "/again.md"
        let r = try ProcessRun.run([], input: Data(":open \(old)\n:save \(saved)\n".utf8))
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout == Self.warning(old) + "\n> :check\n" + HedgeProcessTests.checkAtTenPercent
                + "\nopened \(old): 1 cell replayed\nsaved 1 cell to \(saved)\n")
        // The session records the row it read with, so the saved notebook replays as it was.
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("hedge: around = ±10%\nhedge: over = next round\nhedge: plain = precision\n-->\n"))
        let replay = try ProcessRun.run(["replay", saved, "--check"])
        #expect(replay.status == 0, "\(replay.all)")
        #expect(replay.stderr == Self.warning(saved) + "\n")
    }

    @Test func openRefusesARowThisSessionAlreadyReadOtherwise() throws {
        let (old, _) = try HedgeProcessTests.olderNotebook(in: dir)
        // This session's :check read "around" as ±5%: one notebook header cannot record both.
        let r = try ProcessRun.run([], input: Data(":check\n:open \(old)\n".utf8))
        #expect(r.status != 0)
        #expect(r.stderr.contains("""
            error[command]: \(old) was recorded with the hedge row `around = ±10%`, but this session has already read `around` as ±5% ±2% ±1%
              = help: open it in a new session, or replay it with `dossier replay \(old)`
            """), "\(r.all)")
        #expect(!r.stdout.contains("opened"))
        // A row the session has changed with :hedge is the user's, and stays; the opening says so.
        let own = try ProcessRun.run([], input: Data(":hedge around = ±20%\n:open \(old)\n".utf8))
        #expect(own.stdout.contains("warning: \(old): the notebook recorded `around = ±10%`; your :hedge reads it as ±20%, and the opened cells use yours"), "\(own.all)")
        #expect(own.stdout.contains("opened \(old): 1 cell replayed, 1 with outputs different from the recorded ones"))
    }

    @Test func recoverReadsWithTheLostSessionsRows() throws {
        let (old, _) = try HedgeProcessTests.olderNotebook(in: dir)
        // A session opens the notebook (its cells read "around" as ±10%), then is killed.
        let pty = try PseudoTerminal(home: dir)
        try pty.waitFor("> ")
        let mark = pty.mark
        try pty.type(":open \(old)" + Key.enter)
        try pty.waitFor("1 cell replayed", after: mark)
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/state/dossier").first { $0.hasPrefix("journal-") })
        let path = dir + "/state/dossier/" + journal
        let rec = dir + "/rec.md"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierBinary.path)
        process.arguments = ["--recover"]
        process.environment = DossierBinary.environment(home: dir)
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(":save \(rec)\n".utf8))
        try stdin.fileHandleForWriting.close()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(out == Self.warning(path) + "\n> :check\n" + HedgeProcessTests.checkAtTenPercent
                + "\nrecovered 1 cell from \(path); :save FILE keeps them\nsaved 1 cell to \(rec)\n")
        let text = try String(contentsOfFile: rec, encoding: .utf8)
        #expect(text.contains("hedge: around = ±10%\n"))
        #expect(try ProcessRun.run(["replay", rec, "--check"]).status == 0)
    }
}
