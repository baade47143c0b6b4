import Foundation
import Testing

/// libedit is loaded only when the interactive shell starts. These tests hide it: a folder first
/// on LD_LIBRARY_PATH holds files with libedit's names that are not libraries, so loading it fails
/// as on a system without it. (With libedit there, InteractiveShellTests drive the shell.)
@Suite struct LibeditLoadingTests {
    /// A home, and a folder of broken stand-ins for libedit.so.2 and libedit.so.0.
    static func brokenLibedit() -> (home: String, environment: [String: String]) {
        let home = DossierBinary.temporaryDirectory()
        let libraries = home + "/lib"
        try? FileManager.default.createDirectory(atPath: libraries, withIntermediateDirectories: true)
        for name in ["libedit.so.2", "libedit.so.0"] {
            FileManager.default.createFile(atPath: libraries + "/" + name, contents: Data("not a library\n".utf8))
        }
        return (home, ["LD_LIBRARY_PATH": libraries])
    }

    @Test func theShellWithoutLibeditSaysWhatToDoAndExits2() throws {
        let (home, environment) = Self.brokenLibedit()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let pty = try PseudoTerminal(home: home, environment: environment)
        try pty.waitFor("standard input.")
        #expect(try pty.waitForExit() == 2)
        let screen = pty.output(after: 0)
        #expect(screen.contains("dossier: the shell needs libedit for line editing, and libedit could not be loaded ("))
        // The loader's own reason names the file it tried.
        #expect(screen.contains("/lib/libedit.so.2: "))
        #expect(screen.contains("apt-get install libedit2"))
        #expect(screen.contains("-e"))
        #expect(!screen.contains("Dossier —"))  // no banner: the shell never started
    }

    @Test func commandsScriptsAndPipesRunWithoutLibedit() throws {
        let (home, environment) = Self.brokenLibedit()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let e = try ProcessRun.run(["-e", "6*7"], environment: environment)
        #expect(e.status == 0)
        #expect(e.stdout == "42\n")
        #expect(e.stderr == "")
        let piped = try ProcessRun.run([], input: Data("2 + 3\n".utf8), environment: environment)
        #expect(piped.status == 0)
        #expect(piped.stdout == "5\n")
        let script = home + "/script.dos"
        FileManager.default.createFile(atPath: script, contents: Data("10 / 4\n".utf8))
        let run = try ProcessRun.run(["run", script], environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout == "2.5\n")
    }
}
