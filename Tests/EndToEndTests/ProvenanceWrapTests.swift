import Foundation
import Testing

/// At a narrow terminal a result's `uses:` line wraps between words (issue 13, item 19), and the
/// wrapped words are exactly the line a script prints whole.
@Suite(.serialized) struct ProvenanceWrapTests {
    let home = DossierBinary.temporaryDirectory()
    static let input = "soldier_pay / soldier_pay + worker_pay / worker_pay + worker_count / troops_if_sent"
        + " + grain_production / grain_production + rice_offer / rice_offer"

    @Test func usesLinesWrapBetweenWordsAtSixtyColumns() throws {
        let whole = try ProcessRun.run(["-e", Self.input])
        #expect(whole.status == 0, "\(whole.all)")
        let usesLine = try #require(whole.stdout.split(separator: "\n").first { $0.hasPrefix("  uses: ") })
        #expect(usesLine.count > 60, "the unwrapped line must be longer than the terminal for this test to mean anything")

        let pty = try PseudoTerminal(home: home)
        pty.resize(rows: 40, columns: 60)
        try pty.waitFor("> ")
        let mark = pty.mark
        try pty.type(Self.input + PseudoTerminal.Key.enter)
        let start = try pty.waitFor("  uses: ", after: mark)
        _ = try pty.waitFor("> ", after: start)
        let screen = pty.output(after: mark)
        let from = try #require(screen.range(of: "  uses: "))
        let until = try #require(screen.range(of: "\n> ", range: from.upperBound..<screen.endIndex)?.lowerBound
            ?? screen.range(of: "> ", range: from.upperBound..<screen.endIndex)?.lowerBound)
        let lines = screen[from.lowerBound..<until].replacingOccurrences(of: "\r", with: "")
            .split(separator: "\n").map(String.init)
        #expect(lines.count >= 3, "\(lines)")
        for line in lines { #expect(line.count <= 60, "too wide: \(line)") }
        for line in lines.dropFirst() { #expect(line.hasPrefix("        ") && !line.hasPrefix("         "), "indent under the first word: \(line)") }
        let rejoined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect("  " + rejoined == String(usesLine))
    }
}
