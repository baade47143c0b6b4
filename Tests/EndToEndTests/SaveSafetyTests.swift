import Foundation
import Testing

/// Saving and exporting without destroying anything (issue 13, items 4, 8, 9, 11, 12): another
/// notebook is not replaced without a yes or `--force`; a file is recognised however its path is
/// spelt; symbolic links are written through and special files refused; a file-size limit or a
/// too-large notebook fails cleanly.
@Suite(.serialized) struct SaveSafetyTests {
    typealias Key = PseudoTerminal.Key
    let dir = DossierBinary.temporaryDirectory()

    func run(_ arguments: [String]) throws -> FaultProcess.Ended {
        try FaultProcess.run(DossierBinary.path, arguments, home: dir)
    }

    /// Runs `commands` as `-e` arguments.
    func commands(_ commands: String...) throws -> FaultProcess.Ended {
        try run(commands.flatMap { ["-e", $0] })
    }

    /// A notebook of `cells` cells at `name`, saved by its own session.
    @discardableResult
    func notebook(_ name: String, cells: Int) throws -> String {
        let path = dir + "/" + name
        let r = try run((1...cells).flatMap { ["-e", "\($0) * 10"] } + ["-e", ":save \(path)"])
        #expect(r.status == 0, "\(r.stderr)")
        return path
    }

    func bytes(_ path: String) -> Data { FaultProcess.bytes(path) }

    // MARK: Item 4: another notebook is not replaced silently

    @Test func aScriptDoesNotReplaceAnotherNotebook() throws {
        let other = try notebook("other.md", cells: 20)
        let before = bytes(other)
        let r = try commands("6 * 7", ":save \(other)")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[io]: \(other) exists and is not this session's notebook; it was left as it is"), "\(r.stderr)")
        #expect(r.stderr.contains(":save --force \(other)"))
        #expect(bytes(other) == before)
        let forced = try commands("6 * 7", ":save --force \(other)")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("saved 1 cell to \(other)"))
    }

    /// A script ending in `:save FILE` can be run again (or run further): the notebook it saved
    /// before is the first cells of the new one, so replacing it loses nothing. A run that would
    /// drop or change a cell is refused like any other notebook.
    @Test func aScriptRunAgainReplacesTheNotebookItSavedBefore() throws {
        let path = try notebook("again.md", cells: 3)
        let again = try run((1...3).flatMap { ["-e", "\($0) * 10"] } + ["-e", ":save \(path)"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("saved 3 cells to \(path)"))
        let further = try run((1...4).flatMap { ["-e", "\($0) * 10"] } + ["-e", ":save \(path)"])
        #expect(further.status == 0, "\(further.stderr)")
        #expect(further.stdout.contains("saved 4 cells to \(path)"))
        let before = bytes(path)
        // Fewer cells, or the same number with one changed, would lose a cell.
        let shorter = try run((1...3).flatMap { ["-e", "\($0) * 10"] } + ["-e", ":save \(path)"])
        #expect(shorter.status == 1)
        #expect(shorter.stderr.contains("exists and is not this session's notebook"), "\(shorter.stderr)")
        let changed = try run(["-e", "1 * 10", "-e", "2 * 10", "-e", "3 * 10", "-e", "5 * 10", "-e", ":save \(path)"])
        #expect(changed.status == 1)
        #expect(bytes(path) == before)
    }

    @Test func aSessionReplacesItsOwnNotebookAndOneItOpened() throws {
        let own = dir + "/own.md"
        let r = try commands("1 + 1", ":save \(own)", "2 + 2", ":save \(own)")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("saved 2 cells to \(own)"))
        let other = try notebook("opened.md", cells: 2)
        let reopened = try commands(":open \(other)", "3 * 3", ":save \(other)")
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(reopened.stdout.contains("saved 3 cells to \(other)"))
        // An empty file holds no one's work.
        _ = FileManager.default.createFile(atPath: dir + "/empty.md", contents: Data())
        #expect(try commands("1", ":save \(dir)/empty.md").status == 0)
    }

    @Test func atTheTerminalSavingOverAnotherNotebookAsksFirst() throws {
        let other = try notebook("asked.md", cells: 3)
        let before = bytes(other)
        let pty = try PseudoTerminal(home: dir)
        try pty.waitFor("> ")
        var mark = pty.mark
        try pty.type("6 * 7" + Key.enter)
        try pty.waitFor("42", after: mark)
        mark = pty.mark
        try pty.type(":save \(other)" + Key.enter)
        try pty.waitFor("exists and is not this session's notebook.\r\nReplace it? [y/N]", after: mark)
        mark = pty.mark
        try pty.type("n" + Key.enter)
        try pty.waitFor("not saved", after: mark)
        #expect(bytes(other) == before)
        mark = pty.mark
        try pty.type(":save \(other)" + Key.enter)
        try pty.waitFor("Replace it? [y/N]", after: mark)
        mark = pty.mark
        try pty.type("y" + Key.enter)
        try pty.waitFor("saved 1 cell to \(other)", after: mark)
        #expect(bytes(other) != before)
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }

    // MARK: Item 8: a file is the same file however it is spelt

    @Test func exportRefusesToOverwriteItsInputSpeltAnotherWay() throws {
        let nb = try notebook("self.md", cells: 2)
        let before = bytes(nb)
        let link = dir + "/self-link.ipynb"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: nb)
        for target in [dir + "/./self.md", dir + "/../" + (dir as NSString).lastPathComponent + "/self.md", link] {
            let r = try run(["export", nb, "--to", "ipynb", "-o", target])
            #expect(r.status == 2, "\(target): \(r.stderr)")
            #expect(r.stderr.contains("would overwrite the notebook itself"), "\(target): \(r.stderr)")
            #expect(bytes(nb) == before, "\(target)")
        }
    }

    // MARK: Item 9: symbolic links written through, special files refused

    @Test func savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws {
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        let target = dir + "/real/target.md"
        _ = FileManager.default.createFile(atPath: target, contents: Data())
        let link = dir + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/target.md")
        let r = try commands("6 * 7", ":save \(link)")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/target.md")
        #expect(String(decoding: bytes(target), as: UTF8.self).contains("> 6 * 7\n42\n"))
        // replay --update writes through the link too.
        let update = try run(["replay", "--update", link])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/target.md")
    }

    @Test func specialFilesAreRefusedAndLeftAsTheyAre() throws {
        // Named .html: `:export` takes its format from the extension.
        let fifo = dir + "/pipe.html"
        #expect(mkfifo(fifo, 0o644) == 0)
        var paths = [(fifo, "a pipe", S_IFIFO)]
        // A device node (as root, as CI runs): the report's `:save fakedev/null`.
        let device = dir + "/null.html"
        if mknod(device, S_IFCHR | 0o666, dev_t(0x103) /* major 1, minor 3: /dev/null */) == 0 { paths.append((device, "a device", S_IFCHR)) }
        for (path, kind, type) in paths {
            for command in [":save --force \(path)", ":export \(path)"] {
                let r = try commands("6 * 7", command)
                #expect(r.status == 1, "\(command): \(r.stderr)")
                #expect(r.stderr.contains("it is \(kind), not a regular file; Dossier writes only regular files"), "\(command): \(r.stderr)")
                var info = stat()
                #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == type, "\(path) was replaced")
            }
        }
        #expect(FaultProcess.files(in: dir, prefix: ".").isEmpty)
    }

    // MARK: Item 11: a file-size limit

    @Test func aFileSizeLimitFailsTheSaveCleanlyWithoutKillingTheSession() throws {
        let path = dir + "/big.md"
        let script = (1...40).map { ":note \($0) " + String(repeating: "x", count: 100) }.joined(separator: "\n")
            + "\n:save \(path)\n6 * 7\n"
        let input = dir + "/script.dos"
        try script.write(toFile: input, atomically: true, encoding: .utf8)
        // No `trap '' XFSZ` here: Dossier must ignore SIGXFSZ itself.
        let r = try FaultProcess.run("/bin/sh", ["-c", "ulimit -f 2; exec \"$0\" run --keep-going \"$1\"", DossierBinary.path, input], home: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("error[io]: cannot write \(path): File too large (the file-size limit, ulimit -f, was reached; nothing was changed)"), "\(r.stderr)")
        #expect(r.stdout.hasSuffix("42\n"), "the script did not go on: \(r.stdout.suffix(100))")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(FaultProcess.files(in: dir, prefix: ".big.md.").isEmpty)
    }

    @Test func staleTemporaryFilesOfAKilledSaveAreRemoved() throws {
        let nb = dir + "/stale.md"
        let stale = dir + "/.stale.md.abc123", fresh = dir + "/.stale.md.xyz789"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("half a notebook".utf8))
        _ = FileManager.default.createFile(atPath: fresh, contents: Data("a save in progress".utf8))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-300)], ofItemAtPath: stale)
        let r = try commands("6 * 7", ":save \(nb)")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh))
    }

    @Test func theHistoryIsNotCutByAFileSizeLimit() throws {
        let state = dir + "/state/dossier"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let history = "_HiStOrY_V2_\n" + (1...30).map { "6\\040*\\040\($0)\\040" + String(repeating: "1", count: 40) }.joined(separator: "\n") + "\n"
        try history.write(toFile: state + "/history", atomically: true, encoding: .utf8)
        let pty = try PseudoTerminal(home: dir, through: ["/bin/sh", "-c", "ulimit -f 2; exec \"$0\""])
        try pty.waitFor("> ")
        let mark = pty.mark
        try pty.type("1 + " + String(repeating: "1", count: 300) + Key.enter)
        try pty.waitFor("the history could not be saved", after: mark)
        #expect(pty.isRunning)
        #expect(try String(contentsOfFile: state + "/history", encoding: .utf8) == history)
        #expect(FaultProcess.files(in: state, prefix: "history.").isEmpty)
    }

    // MARK: Item 12: what Dossier writes, Dossier reads

    @Test func aNotebookTooLargeToReadBackIsNotWritten() throws {
        let path = dir + "/huge.md"
        let note = ":note " + String(repeating: "word ", count: 12_000)
        let script = Array(repeating: note, count: 290).joined(separator: "\n") + "\n:save \(path)\n"
        let input = dir + "/huge.dos"
        try script.write(toFile: input, atomically: true, encoding: .utf8)
        let r = try FaultProcess.run(DossierBinary.path, ["run", input], home: dir, timeout: 60)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("error[limit]: cannot write \(path): the notebook would be 17,4"), "\(r.stderr)")
        #expect(r.stderr.contains("Dossier reads notebooks of at most 16,777,216 bytes (16 MiB); nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
