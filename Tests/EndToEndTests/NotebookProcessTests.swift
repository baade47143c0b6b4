import Foundation
import Testing

/// Notebooks through the binary: `:save`, `:open`, `:export`, `dossier replay` and `dossier export`.
@Suite struct NotebookProcessTests {
    let dir = DossierBinary.temporaryDirectory()

    /// A session piped in and saved; returns the notebook's path.
    func savedNotebook() throws -> String {
        let path = dir + "/nb.md"
        let r = try ProcessRun.run([], input: Data("let a = 2000 USD/month * 12 month\na * 10\n:note Rice covers part of the gap.\n:save \(path)\n".utf8))
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.hasSuffix("saved 3 cells to \(path)\n"))
        return path
    }

    func contents(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? "(missing)"
    }

    @Test func saveWritesTheTranscript() throws {
        let text = contents(try savedNotebook())
        #expect(text.hasPrefix("<!-- dossier notebook\nformat: 1\ndossier: 0.1.0\n"))
        #expect(text.hasSuffix("""
            <!-- cell: c2 -->
            ```dossier
            > a * 10
            240,000 USD
            ```

            <!-- cell: c3 -->
            Rice covers part of the gap.

            """))
    }

    @Test func aFreshNotebookPassesCheck() throws {
        let path = try savedNotebook()
        let r = try ProcessRun.run(["replay", path, "--check"])
        #expect(r.status == 0)
        #expect(r.stdout == "\(path): 3 cells replayed, every output as recorded\n")
        #expect(r.stderr == "")
    }

    @Test func aTamperedOutputFailsCheckWithADiffAndUpdateRestoresIt() throws {
        let path = try savedNotebook()
        let original = contents(path)
        try original.replacingOccurrences(of: "240,000", with: "250,000").write(toFile: path, atomically: true, encoding: .utf8)
        let check = try ProcessRun.run(["replay", path, "--check"])
        #expect(check.status == 1)
        #expect(check.stdout == """
            --- \(path) (recorded)
            +++ \(path) (replayed)
            @@ -15,7 +15,7 @@
             <!-- cell: c2 -->
             ```dossier
             > a * 10
            -250,000 USD
            +240,000 USD
             ```
             
             <!-- cell: c3 -->

            """)
        #expect(check.stderr == "error: \(path): 1 of 3 cells gave outputs different from the recorded ones\n")

        let update = try ProcessRun.run(["replay", path, "--update"])
        #expect(update.status == 0)
        #expect(update.stdout == "updated \(path): 1 of 3 cells had new outputs\n")
        #expect(contents(path) == original)

        // Up to date: the file is not even rewritten.
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        let again = try ProcessRun.run(["replay", path, "--update"])
        #expect(again.stdout == "\(path) is up to date\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
    }

    @Test func replayPrintsTheNotebook() throws {
        let path = try savedNotebook()
        let r = try ProcessRun.run(["replay", path])
        #expect(r.status == 0)
        #expect(r.stdout == contents(path))
    }

    @Test func checkAndUpdateTogetherIsAUsageError() throws {
        let r = try ProcessRun.run(["replay", "x.md", "--check", "--update"])
        #expect(r.status != 0 && r.status < 124)
        #expect(r.stderr.contains("--check and --update cannot be used together"))
    }

    /// `replay FILE [--check|--update]` is read without swift-argument-parser (start-up time);
    /// with `--` before the file the same command goes through it, and must do the same.
    @Test func theQuickReplayCommandLineActsAsTheFullOne() throws {
        let path = try savedNotebook()
        let original = contents(path)
        let tampered = original.replacingOccurrences(of: "240,000", with: "250,000")
        for (flags, text) in [([], original), (["--check"], original), (["--check"], tampered), (["--update"], tampered), ([], tampered)] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let quick = try ProcessRun.run(["replay"] + flags + [path])
            let quickAfter = contents(path)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let full = try ProcessRun.run(["replay"] + flags + ["--", path])
            #expect(quick.status == full.status, "\(flags)")
            #expect(quick.stdout == full.stdout, "\(flags)")
            #expect(quick.stderr == full.stderr, "\(flags)")
            #expect(quickAfter == contents(path), "\(flags)")
        }
        // The flag may come after the file too; two modes are refused as before.
        try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ProcessRun.run(["replay", path, "--check"]).status == 1)
        #expect(try ProcessRun.run(["replay", "--update", path, "--check"]).status == 2)
    }

    @Test func aHostileNotebookWritesNothing() throws {
        let path = try savedNotebook()
        let pwned = dir + "/pwned.md"
        let evil = contents(path).replacingOccurrences(of: "> a * 10\n", with: "> :save \(pwned)\n")
            .replacingOccurrences(of: "Rice covers part of the gap.\n", with: "```dossier\n> :open \(path)\n```\n")
        try evil.write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["replay", path], ["replay", path, "--check"], ["replay", path, "--update"]] {
            let r = try ProcessRun.run(arguments)
            #expect(r.status < 124)
            #expect(!FileManager.default.fileExists(atPath: pwned))
        }
        // --update recorded the refusals as the cells' outputs.
        let text = contents(path)
        #expect(text.contains("> :save \(pwned)\nerror[command]: :save is refused while replaying a notebook"))
        #expect(text.contains("> :open \(path)\nerror[command]: :open is refused while replaying a notebook"))
    }

    @Test func aDamagedNotebookIsRefusedNamingTheLine() throws {
        let path = try savedNotebook()
        let text = contents(path)
        let cut = String(text[..<text.range(of: "240,000 USD")!.lowerBound])
        try cut.write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["replay", path], ["export", path, "--to", "ipynb"]] {
            let r = try ProcessRun.run(arguments)
            #expect(r.status == 2)
            #expect(r.stderr == "error[io]: \(path):17: the file ends inside the command cell opened on line 16 (expected a closing ```)\n")
        }
        let missing = try ProcessRun.run(["replay", dir + "/none.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error[io]: cannot read \(dir)/none.md: No such file or directory\n")
    }

    @Test func anOversizedFileIsRefusedWithoutReadingItAll() throws {
        let path = dir + "/huge.md"
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 16 * 1024 * 1024 + 10))
        let r = try ProcessRun.run(["replay", path])
        #expect(r.status == 2)
        #expect(r.stderr == "error[io]: cannot read \(path): the file is larger than 16777216 bytes\n")
    }

    @Test func garbageNeverCrashes() throws {
        var state: UInt64 = 12345
        for i in 0..<10 {
            var bytes = [UInt8](repeating: 0, count: 200 + i * 300)
            for j in bytes.indices {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes[j] = UInt8(truncatingIfNeeded: state >> 33)
            }
            let path = dir + "/garbage\(i).md"
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let r = try ProcessRun.run(["replay", path])
            #expect(r.status == 2, "garbage \(i): \(r.stderr)")
        }
    }

    @Test func exportToJupyterIsStableAndValid() throws {
        let path = try savedNotebook()
        let a = dir + "/a.ipynb", b = dir + "/b.ipynb"
        let first = try ProcessRun.run(["export", path, "--to", "ipynb", "-o", a])
        #expect(first.status == 0)
        #expect(first.stdout == "exported 3 cells to \(a)\n")
        _ = try ProcessRun.run(["export", path, "--to", "ipynb", "-o", b])
        #expect(contents(a) == contents(b))
        #expect(contents(a).contains("\"240,000 USD\\n\""))
        // NotebookTests.IpynbExporterTests validates the exporter's output with nbformat itself.
    }

    @Test func exportDefaultsToTheNotebooksNameWithANewExtension() throws {
        let path = try savedNotebook()
        let r = try ProcessRun.run(["export", path, "--to", "html"])
        #expect(r.stdout == "exported 3 cells to \(dir)/nb.html\n")
        #expect(contents(dir + "/nb.html").contains("<pre class=\"input\"><code>&gt; a * 10</code></pre>\n<pre class=\"output\"><code>240,000 USD</code></pre>"))
        #expect(contents(dir + "/nb.html").contains("<span class=\"unverified\">Not checked</span> with <code>--check</code>"))
        let checked = try ProcessRun.run(["export", path, "--to", "html", "--check", "-o", dir + "/checked.html"])
        #expect(checked.stdout == "exported 3 cells to \(dir)/checked.html, every output checked by replay\n")
        #expect(contents(dir + "/checked.html").contains("<span class=\"verified\">Verified.</span>"))
    }

    @Test func exportCheckRefusesANotebookWhoseOutputsChanged() throws {
        let path = try savedNotebook()
        try contents(path).replacingOccurrences(of: "240,000 USD", with: "240,001 USD").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(["export", path, "--to", "html", "--check", "-o", dir + "/refused.html"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("-240,001 USD\n+240,000 USD\n"))
        #expect(r.stderr == "error: \(path): 1 of 3 cells gave outputs different from the recorded ones; nothing was exported (`dossier replay --update` records the new outputs)\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/refused.html"))
    }

    @Test func exportInTheShellTakesItsFormatFromTheExtension() throws {
        let r = try ProcessRun.run(["--keep-going", "-e", ":table k in 1, 2: k * 2 USD", "-e", ":export \(dir)/s.htm", "-e", ":export \(dir)/s.ipynb", "-e", ":export \(dir)/s.txt"])
        #expect(r.stdout.contains("exported 1 cell to \(dir)/s.htm (HTML)\n"))
        #expect(r.stdout.contains("exported 1 cell to \(dir)/s.ipynb (Jupyter notebook)\n"))
        #expect(contents(dir + "/s.htm").contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dossier-chart bar-chart\""))
        #expect(contents(dir + "/s.ipynb").hasPrefix("{"))
        #expect(r.stderr.contains("error[command]: `:export` takes its format from the file's extension, and `\(dir)/s.txt` has neither .html (or .htm) nor .ipynb"))
        #expect(r.stderr.contains("help: name an HTML report `FILE.html` (or `.htm`) or a Jupyter notebook `FILE.ipynb`"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/s.txt"))
    }

    @Test func openReplaysIntoTheSessionAndExportWritesIt() throws {
        let path = try savedNotebook()
        let out = dir + "/session.ipynb"
        let r = try ProcessRun.run(["-e", ":open \(path)", "-e", "a * 2", "-e", ":export \(out)"])
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.contains("> a * 10\n240,000 USD\n"))
        #expect(r.stdout.contains("opened \(path): 3 cells replayed\n"))
        #expect(r.stdout.contains("48,000 USD"))
        #expect(r.stdout.hasSuffix("exported 4 cells to \(out) (Jupyter notebook)\n"))
    }

    @Test func saveToAMissingDirectoryFailsAndTheSessionGoesOn() throws {
        let r = try ProcessRun.run(["--keep-going", "-e", "let x = 6*7", "-e", ":save \(dir)/no/such/dir/x.md", "-e", "x"])
        #expect(r.status == 1)
        #expect(r.stderr == "error[io]: cannot write \(dir)/no/such/dir/x.md: No such file or directory (the directory \(dir)/no/such/dir does not exist)\n")
        #expect(r.stdout.hasSuffix("42\n"))
    }

    @Test func saveToAReadOnlyDirectoryFails() throws {
        guard getuid() != 0 else { return }  // root may write anywhere; the missing-directory test covers the error path
        let locked = dir + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        let r = try ProcessRun.run(["-e", ":save \(locked)/x.md"])
        #expect(r.stderr.hasPrefix("error[io]: cannot write \(locked)/x.md: Permission denied"))
    }
}
