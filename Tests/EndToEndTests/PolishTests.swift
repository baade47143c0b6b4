import Foundation
import Testing

/// What a new user noticed (issue 13, item 19): help that wraps between words, `--version`,
/// `dossier run -`, and a word from `:note`.
@Suite struct PolishTests {
    @Test(arguments: [["--help"], ["help", "replay"], ["help", "run"], ["help", "export"], ["help", "extract"], ["help", "draft"]])
    func helpWrapsBetweenSentencesNotInsideThem(_ arguments: [String]) throws {
        let r = try ProcessRun.run(arguments, input: Data(), environment: ["COLUMNS": "80"])
        #expect(r.status == 0, "\(r.all)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // The reported breaks: "type\n:help for commands" and "--dossier\nFILE".
        #expect(!r.stdout.contains("type\n:help") && !r.stdout.contains("--dossier\nFILE"), "\(r.stdout)")
        for line in lines where !line.hasPrefix("USAGE:") && !line.hasPrefix("  ") {
            #expect(line.count <= 80, "\(arguments): \(line)")
        }
        // A paragraph's lines are filled: no line of prose stops short of 50 columns, then goes on.
        for (i, line) in lines.enumerated().dropLast() where !line.isEmpty && line.count < 50 && !line.hasSuffix(".") && !line.hasSuffix(":") {
            let next = lines[i + 1]
            #expect(next.isEmpty || next.hasPrefix(" ") || next.hasPrefix("USAGE") || next.first!.isUppercase, "\(arguments): `\(line)` then `\(next)`")
        }
    }

    @Test func versionIsPrinted() throws {
        let r = try ProcessRun.run(["--version"], input: Data())
        #expect(r.status == 0)
        #expect(r.stdout == "dossier 0.1.0\n")
    }

    @Test func runDashReadsStandardInput() throws {
        let r = try ProcessRun.run(["run", "-"], stdin: "6 * 7\nnope_name\n")
        #expect(r.stdout == "42\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("--> <stdin>:2"), "\(r.stderr)")
    }

    @Test func aNoteAtThePromptIsConfirmed() throws {
        let pty = try PseudoTerminal(home: DossierBinary.temporaryDirectory())
        try pty.waitFor("> ")
        let mark = pty.mark
        try pty.type(":note the rice covers under half the gap" + PseudoTerminal.Key.enter)
        try pty.waitFor("noted (cell 1)", after: mark)
    }

    @Test func tabCompletesFileNamesAfterOpenSaveAndExport() throws {
        let home = DossierBinary.temporaryDirectory()
        let dir = home + "/work"
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        #expect(try ProcessRun.run(["-e", "6 * 7", "-e", ":save \(dir)/notes-one.md"]).status == 0)
        _ = FileManager.default.createFile(atPath: dir + "/other.txt", contents: Data())
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        var mark = pty.mark
        // One file fits: it is completed, and the line runs.
        try pty.type(":open \(dir)/notes" + PseudoTerminal.Key.tab + PseudoTerminal.Key.enter)
        try pty.waitFor("opened \(dir)/notes-one.md: 1 cell replayed", after: mark)
        // A directory is completed into (no space after its `/`).
        mark = pty.mark
        try pty.type(":save \(dir)/su" + PseudoTerminal.Key.tab + "new.md" + PseudoTerminal.Key.enter)
        try pty.waitFor("saved 1 cell to \(dir)/sub/new.md", after: mark)
        // A file name after :export (libedit redraws the rest of the word after a cursor move).
        mark = pty.mark
        try pty.type(":export \(dir)/oth" + PseudoTerminal.Key.tab)
        try pty.waitFor("er.txt ", after: mark)
    }
}
