import Foundation
import Testing

/// The binary as scripts and pipes see it: `-e`, `run FILE`, piped stdin, `--help`, exit codes.
@Suite struct ProcessTests {
    /// Writes `text` to a new script file and returns its path.
    func script(_ text: String, name: String = "script.dos") -> String {
        let dir = DossierBinary.temporaryDirectory()
        let path = dir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func evaluateOneCommand() throws {
        let r = try ProcessRun.run(["-e", ":help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(":quit"))
        #expect(r.stdout.contains(":history"))
        #expect(r.stderr.isEmpty)
    }

    @Test func evaluateArithmetic() throws {
        let r = try ProcessRun.run(["-e", "6*7"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("42"))
    }

    @Test func severalCommandsRunInOrderAndStopAtTheFirstError() throws {
        let r = try ProcessRun.run(["-e", ":help quit", "-e", ":nope", "-e", ":help note"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Leaves the shell"))
        #expect(r.stderr.contains("error[command]: unknown command `:nope`"))
        #expect(!r.stdout.contains("Adds TEXT"))
    }

    @Test func keepGoingRunsEveryCommandButStillFails() throws {
        let r = try ProcessRun.run(["--keep-going", "-e", ":nope", "-e", ":help note"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Adds TEXT"))
    }

    @Test func anArgumentThatLooksLikeAnOptionIsStillACommand() throws {
        let r = try ProcessRun.run(["-e", "-6*-7"])
        #expect(r.stdout.contains("42"))
    }

    @Test func runFileSkipsCommentsAndStopsAtTheFirstErrorNamingFileAndLine() throws {
        let path = script("# a comment\n:help quit\n\n:nope\n:help note\n")
        let r = try ProcessRun.run(["run", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Leaves the shell"))
        #expect(r.stderr.contains("\(path):4"))
        #expect(r.stderr.contains("unknown command `:nope`"))
        #expect(!r.stdout.contains("Adds TEXT"))
    }

    @Test func runFileKeepGoing() throws {
        let path = script(":nope\n:help note\n")
        let r = try ProcessRun.run(["run", "--keep-going", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Adds TEXT"))
    }

    @Test func runFileEvaluates() throws {
        let path = script("1+1\n# a comment\n2*21\n")
        let r = try ProcessRun.run(["run", path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first?.hasPrefix("2") == true)
        #expect(r.stdout.contains("42"))
    }

    @Test func runSeveralFilesInOneSession() throws {
        let a = script(":help quit\n", name: "a.dos")
        let b = script(":help note\n", name: "b.dos")
        let r = try ProcessRun.run(["run", a, b])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Leaves the shell"))
        #expect(r.stdout.contains("Adds TEXT"))
    }

    @Test func runAMissingFileIsExitTwo() throws {
        let r = try ProcessRun.run(["run", "/nonexistent/x.dos"])
        #expect(r.status == 2)
        #expect(r.stderr == "dossier: cannot read /nonexistent/x.dos: No such file or directory\n")
    }

    @Test func pipedStdinIsAScriptWithoutPromptsOrEscapes() throws {
        let r = try ProcessRun.run([], stdin: ":help quit\n:quit\n:nope\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(":quit\n  Leaves the shell"))
        #expect(!r.all.contains("\u{1B}"))
        #expect(!r.all.contains("> "))
    }

    @Test func pipedStdinStopsAtTheFirstError() throws {
        let r = try ProcessRun.run([], stdin: ":help quit\n:nope\n:help note\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2"))
        #expect(!r.stdout.contains("Adds TEXT"))
    }

    @Test func pipedArithmetic() throws {
        let r = try ProcessRun.run([], stdin: "6*7\n:quit\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("42"))
        #expect(!r.all.contains("\u{1B}"))
    }

    @Test func anOpenBracketAtTheEndOfAScriptIsAnError() throws {
        let r = try ProcessRun.run([], stdin: "(1 +\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("bracket still open"))
    }

    @Test func helpNamesTheSubcommandsAndExitCodes() throws {
        let r = try ProcessRun.run(["--help"])
        #expect(r.status == 0)
        for word in ["run", "replay", "export", "-e", "--dossier", "--keep-going", "EXIT STATUS", "130"] {
            #expect(r.stdout.contains(word), "--help does not mention \(word)")
        }
        let run = try ProcessRun.run(["run", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--keep-going"))
    }

    @Test func usageErrorsAreExitTwo() throws {
        let r = try ProcessRun.run(["--no-such-option"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--no-such-option"))
        #expect(try ProcessRun.run(["run"]).status == 2)
    }

    @Test func anUnreadableStoryFileIsExitTwo() throws {
        let r = try ProcessRun.run(["--dossier", "/nonexistent/story.dossier", "-e", ":help"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot read /nonexistent/story.dossier"))
        #expect(r.stdout.isEmpty)
    }

    @Test func aMalformedStoryFileIsExitTwoWithFileAndLine() throws {
        let path = script("this is not a dossier file\n", name: "bad.dossier")
        let r = try ProcessRun.run(["--dossier", path, "-e", ":help"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path):"))
    }

    @Test func randomBytesOnStdinNeverCrash() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5 {
            let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let r = try ProcessRun.run([], input: Data(bytes))
            #expect(r.status < 124, "status \(r.status)")
        }
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        let input: [UInt8] = Array(":help quit\u{FF}".utf8) + [0xFF, 0xFE, 0x0A] + Array(":help note\n".utf8)
        let r = try ProcessRun.run(["--keep-going"], input: Data(input))
        #expect(r.status < 124)
        #expect(r.stdout.contains("Adds TEXT"))
    }

    @Test func aLineOverOneMebibyteIsRefusedClearly() throws {
        let long = String(repeating: "1", count: 1_100_000)
        let r = try ProcessRun.run(["--keep-going"], input: Data((long + "\n:help note\n").utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[limit]: line 1 is longer than 1 MiB"))
        #expect(r.stdout.contains("Adds TEXT"))
    }

    @Test func historyOutsideTheShellSaysWhy() throws {
        let r = try ProcessRun.run(["-e", ":history"])
        #expect(r.status == 0)
        #expect(r.stdout == "(no history: it is kept only in the interactive shell)\n")
    }
}

/// A small deterministic generator (SplitMix64) so the random-input test is repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
