import Foundation
import Testing

/// What a new user noticed (issue 13, item 19): help that wraps between words, `--version`,
/// `dossier run -`, and a word from `:note`.
@Suite struct PolishTests {
    @Test(arguments: [["--help"], ["help", "replay"], ["help", "run"], ["help", "export"]])
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
}
