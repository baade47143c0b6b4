import Foundation
import Testing

/// Error cells saved from a script or a pipe replay to the same text as at the prompt: the cell holds
/// the error as replay draws it (no `--> <stdin>:1` line, caret relative to the trimmed input).
@Suite struct ErrorCellReplayTests {
    @Test func pipedErrorsReplayIdentically() throws {
        let dir = DossierBinary.temporaryDirectory()
        let path = dir + "/errors.md"
        let script = "1/0\n   q / 0\nlet a = 6 * 7\n:save \(path)\n"
        let saved = try ProcessRun.run(["--keep-going"], input: Data(script.utf8))
        #expect(saved.stdout.hasSuffix("saved 3 cells to \(path)\n"), "\(saved.all)")
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(!text.contains("<stdin>"))
        // The leading spaces are not part of the cell, so the caret sits under `q` in column 0.
        #expect(text.contains("> q / 0\nerror[unknown-name]: no fact, variable or unit named `q`\n  |\n1 | q / 0\n  | ^ not defined\n"))
        let check = try ProcessRun.run(["replay", path, "--check"])
        #expect(check.status == 0, "\(check.all)")
    }
}
