import Foundation
import Testing

/// Faults injected while a notebook is written: `kill -9` at each step of `:save` and of
/// `replay --update` and at random moments, a full disk, directories that cannot be written.
/// The promise: the target holds the old notebook or the new one, whole, never anything between.
@Suite(.serialized) struct FaultSaveTests {
    let dir = DossierBinary.temporaryDirectory()
    /// The notebook the faults are aimed at.
    var target: String { dir + "/nb.md" }

    /// A script of 401 cells (the first names the version) ending with `:save PATH`; its path.
    func script(version: Int, saving path: String) throws -> String {
        var text = "let run = \(version)\n"
        for i in 1...400 { text += "let v\(i) = \(i) * 1000 USD/month * 12 month\n" }
        // --force: the target is made by the test, not by this session.
        text += ":save --force \(path)\n"
        let file = dir + "/v\(version)-\((path as NSString).lastPathComponent).dos"
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return file
    }

    /// The notebook version `version` saves, as a clean run writes it (elsewhere).
    func reference(_ version: Int) throws -> Data {
        let path = dir + "/ref\(version).md"
        let r = try FaultProcess.run(DossierBinary.path, [], home: dir, stdinPath: try script(version: version, saving: path))
        #expect(r.status == 0, "\(r.stderr)")
        let data = FaultProcess.bytes(path)
        #expect(data.count > 40_000)
        return data
    }

    /// Whether `replay --check` accepts the target (a whole notebook, outputs as recorded).
    func replaysClean() throws -> Bool {
        try ProcessRun.run(["replay", target, "--check"]).status == 0
    }

    @Test func killAtEachStepOfSaveLeavesTheOldOrTheNewNotebook() throws {
        let old = try reference(1), new = try reference(2)
        #expect(FileManager.default.createFile(atPath: target, contents: old))
        let v2 = try script(version: 2, saving: target)
        // Killed after the temporary file is written but before it is flushed, then before the
        // rename: the old notebook is untouched. Killed at the directory's flush, after the
        // rename: the new one is there, whole.
        let steps: [(calls: String, when: Int, expected: Data, label: String)] = [
            ("fsync", 1, old, "before the temporary file is flushed"),
            ("rename,renameat,renameat2", 1, old, "before the rename"),
            ("fsync", 2, new, "after the rename"),
        ]
        for step in steps {
            if step.expected == old { #expect(FileManager.default.createFile(atPath: target, contents: old)) }
            let r = try FaultProcess.killAtSyscall(step.calls, when: step.when, [], home: dir, stdinPath: v2)
            #expect(r.status == 128 + SIGKILL, "killed \(step.label): exit \(r.status) \(r.stderr)")
            #expect(FaultProcess.bytes(target) == step.expected, "killed \(step.label): the notebook is not the \(step.expected == old ? "old" : "new") one")
            #expect(try replaysClean(), "killed \(step.label): the notebook does not replay clean")
        }
    }

    @Test func randomKillsDuringSaveNeverTearTheNotebook() throws {
        let versions = [try reference(1), try reference(2)]
        let scripts = [try script(version: 1, saving: target), try script(version: 2, saving: target)]
        #expect(FileManager.default.createFile(atPath: target, contents: versions[0]))
        // One whole run, timed, sets the window the kills fall in (a fifth past its end, too).
        let start = Date()
        _ = try FaultProcess.run(DossierBinary.path, [], home: dir, stdinPath: scripts[1])
        let window = Date().timeIntervalSince(start) * 1.2
        var random = SplitMix(state: 20_261_129)
        for i in 0..<16 {
            // Killed mid-run, or after the run ended (a kill too late to matter).
            _ = try FaultProcess.run(DossierBinary.path, [], home: dir, stdinPath: scripts[i % 2], killAfter: random.unit() * window)
            let now = FaultProcess.bytes(target)
            #expect(now == versions[0] || now == versions[1], "kill \(i): the notebook is neither the old nor the new one (\(now.count) bytes)")
        }
        #expect(try replaysClean())
    }

    @Test func killDuringReplayUpdateLeavesTheOldOrTheNewNotebook() throws {
        let original = try reference(1)
        let text = String(decoding: original, as: UTF8.self)
        let tampered = Data(text.replacing("> let run = 1\nrun = 1\n", with: "> let run = 1\nrun = 9\n", maxReplacements: 1).utf8)
        #expect(tampered != original)
        let steps: [(calls: String, when: Int, expected: Data)] = [
            ("fsync", 1, tampered), ("rename,renameat,renameat2", 1, tampered), ("fsync", 2, original),
        ]
        for step in steps {
            #expect(FileManager.default.createFile(atPath: target, contents: tampered))
            let r = try FaultProcess.killAtSyscall(step.calls, when: step.when, ["replay", target, "--update"], home: dir)
            #expect(r.status == 128 + SIGKILL, "exit \(r.status) \(r.stderr)")
            #expect(FaultProcess.bytes(target) == step.expected, "killed at \(step.calls) #\(step.when)")
        }
        var random = SplitMix(state: 7)
        for i in 0..<8 {
            #expect(FileManager.default.createFile(atPath: target, contents: tampered))
            _ = try FaultProcess.run(DossierBinary.path, ["replay", target, "--update"], home: dir, killAfter: random.unit() * 0.4)
            let now = FaultProcess.bytes(target)
            #expect(now == tampered || now == original, "kill \(i): a torn notebook (\(now.count) bytes)")
        }
        let clean = try FaultProcess.run(DossierBinary.path, ["replay", target, "--update"], home: dir)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(FaultProcess.bytes(target) == original)
    }

    @Test func aFullDiskFailsTheSaveClearlyAndTheSessionGoesOn() throws {
        let kept = Data("an older notebook\n".utf8)
        #expect(FileManager.default.createFile(atPath: target, contents: kept))
        let r = try FaultProcess.withFullDisk(["--keep-going", "-e", "let x = 6*7", "-e", ":save --force \(target)", "-e", "x * 2"], home: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "error[io]: cannot write \(target): File too large (the file-size limit, ulimit -f, was reached; nothing was changed)\n")
        #expect(FaultProcess.bytes(target) == kept)
        #expect(FaultProcess.files(in: dir, prefix: ".nb.md.").isEmpty, "a temporary file was left behind")
        // The session went on: the command after the failed save ran, with x still defined.
        #expect(r.stdout.hasSuffix("84\n"))
    }

    @Test func unwritableDirectoriesFailTheSaveClearlyAndKeepTheCells() throws {
        // As root every directory is writable: these paths fail whoever runs the test.
        let file = dir + "/plain.txt"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let good = dir + "/good.md"
        let r = try ProcessRun.run(["--keep-going", "-e", "let x = 6*7", "-e", ":save \(file)/nb.md",
                                    "-e", ":save /proc/self/nb.md", "-e", "x * 2", "-e", ":save \(good)"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first == "error[io]: cannot write \(file)/nb.md: Not a directory (the directory \(file) does not exist)")
        #expect(lines.last?.hasPrefix("error[io]: cannot write /proc/self/nb.md: ") == true)
        #expect(r.stdout.contains("84\n"))
        // The failed saves lost nothing: the last save holds every cell.
        let saved = String(decoding: FaultProcess.bytes(good), as: UTF8.self)
        #expect(saved.contains("> let x = 6*7\nx = 42\n"))
        #expect(saved.contains("> x * 2\n84\n"))
    }
}
