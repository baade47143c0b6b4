import Foundation
import Testing

/// The crash journal under faults (issue 13, items 6 and 7): a damaged record in the middle, a
/// recovery that only looks, and two sessions in containers whose PIDs and clocks agree.
@Suite(.serialized) struct JournalFaultTests {
    typealias Key = PseudoTerminal.Key
    let home = DossierBinary.temporaryDirectory()
    var state: String { home + "/state/dossier" }

    func journals(prefix: String = "journal-") -> [String] {
        FaultProcess.files(in: state, prefix: prefix)
    }

    /// A shell that typed `count` cells `let cN = N * 111` and was killed with `kill -9`.
    func killedSession(cells count: Int, through: [String] = []) throws -> PseudoTerminal {
        let pty = try PseudoTerminal(home: home, through: through)
        try pty.waitFor("> ")
        for i in 1...count {
            let mark = pty.mark
            try pty.type("let c\(i) = \(i) * 111" + Key.enter)
            try pty.waitFor("c\(i) = \(NumberFormat.grouped(i * 111))", after: mark)
        }
        return pty
    }

    @Test func aDamagedRecordIsSkippedTheRestRecoveredAndTheJournalKept() throws {
        let pty = try killedSession(cells: 10)
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        let name = try #require(journals().first)
        var bytes = [UInt8](FaultProcess.bytes(state + "/" + name))
        // Flip one byte in the third cell's input (`let c3 = 3 * 111`).
        let third = try #require(PseudoTerminal.find(Array("let c3 = ".utf8), in: bytes, from: 0))
        bytes[third] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: state + "/" + name))

        // Only looking does not use the journal up.
        for _ in 1...2 {
            let look = try FaultProcess.run(DossierBinary.path, ["--recover", "-e", ":vars"], home: home)
            #expect(look.stdout.contains("recovered 9 cells"), "\(look.stdout)\n\(look.stderr)")
            #expect(journals() == [name])
        }
        let saved = home + "/recovered.md"
        let r = try FaultProcess.run(DossierBinary.path, ["--recover", "-e", ":save \(saved)"], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("warning: 1 damaged stretch of the journal was skipped"), "\(r.stdout)")
        #expect(r.stdout.contains("the journal was not read whole, so it was kept: \(state)/\(name)"), "\(r.stdout)")
        let text = String(decoding: FaultProcess.bytes(saved), as: UTF8.self)
        for i in [1, 2, 4, 5, 6, 7, 8, 9, 10] {
            #expect(text.contains("> let c\(i) = \(i) * 111\n"), "cell \(i) was lost")
        }
        #expect(!text.contains("let c3"))
        // Saved, yet the damaged journal is not deleted.
        #expect(FileManager.default.fileExists(atPath: state + "/" + name))
    }

    @Test func anInteractiveRecoveryOfADamagedJournalSetsItAside() throws {
        let pty = try killedSession(cells: 4)
        kill(pty.pid, SIGKILL)
        _ = try pty.waitForExit()
        let name = try #require(journals().first)
        var bytes = [UInt8](FaultProcess.bytes(state + "/" + name))
        bytes[try #require(PseudoTerminal.find(Array("let c2 = ".utf8), in: bytes, from: 0))] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: state + "/" + name))
        let next = try PseudoTerminal(arguments: ["--recover"], home: home)
        try next.waitFor("recovered 3 cells")
        try next.waitFor("the journal was not read whole, so it was kept: \(state)/damaged-\(name)")
        #expect(FileManager.default.fileExists(atPath: state + "/damaged-" + name))
    }

    /// Two sessions, each PID 1 of its own PID namespace (as in containers), started together:
    /// each keeps its own journal.
    @Test func sessionsWithTheSamePidAndSecondKeepSeparateJournals() throws {
        let container = ["/usr/bin/unshare", "--pid", "--fork"]
        guard FileManager.default.isExecutableFile(atPath: container[0]), getuid() == 0 else { return }
        let first = try PseudoTerminal(home: home, through: container)
        let second = try PseudoTerminal(home: home, through: container)
        for (pty, n) in [(first, 1), (second, 2)] {
            try pty.waitFor("> ")
            let mark = pty.mark
            try pty.type("let session\(n) = \(n)" + Key.enter)
            try pty.waitFor("\r\nsession\(n) = \(n)\r\n> ", after: mark)
        }
        let names = journals()
        #expect(names.count == 2, "\(names)\n\(first.output(after: 0))\n\(second.output(after: 0))")
        #expect(names.allSatisfy { $0.hasPrefix("journal-1-") }, "\(names)")
        let texts = names.map { String(decoding: FaultProcess.bytes(state + "/" + $0), as: UTF8.self) }
        #expect(texts.filter { $0.contains("let session1 = 1") }.count == 1)
        #expect(texts.filter { $0.contains("let session2 = 2") }.count == 1)
        kill(first.pid, SIGKILL)
        kill(second.pid, SIGKILL)
    }
}
