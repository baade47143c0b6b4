import Foundation
import Testing

/// Work that grows with the input grows linearly (issue 13, item 3): each case is run at two sizes
/// four times apart, and the larger may cost at most eight times the smaller's processor time
/// (quadratic work would cost sixteen times). Processor time, not wall time: the machine is shared.
@Suite(.serialized) struct ScalingTests {
    let dir = DossierBinary.temporaryDirectory()

    /// The minimal fixture story.
    static let minimal = StoryLoadTests.minimal

    /// The processor time (user + system, seconds) of one run, measured by bash's `times`.
    func cpuSeconds(_ arguments: [String]) throws -> Double {
        let r = try FaultProcess.run("/bin/bash", ["-c", "\"$0\" \"$@\" >/dev/null 2>&1; times", DossierBinary.path] + arguments, home: dir, timeout: 120)
        // `times` prints the shell's times, then its children's: "0m0.320s 0m0.012s".
        let children = r.stdout.split(separator: "\n").last ?? ""
        return children.split(separator: " ").map { part -> Double in
            let p = part.split(separator: "m")
            return (Double(p[0]) ?? 0) * 60 + (Double(p[1].dropLast()) ?? 0)
        }.reduce(0, +)
    }

    /// Expects `run(4n)` to cost at most 8 times `run(n)`, less the fixed cost of a start.
    func expectLinear(_ name: String, _ run: (Int) throws -> [String], base n: Int) throws {
        let start = try cpuSeconds(["-e", "1"])
        let small = try cpuSeconds(run(n)), large = try cpuSeconds(run(4 * n))
        let ratio = (large - start) / max(0.01, small - start)
        #expect(ratio < 8, "\(name): \(n) took \(small) s, \(4 * n) took \(large) s (start \(start) s): ratio \(ratio)")
    }

    /// A story whose `officials` reach the article through a `via` chain of `n` sources.
    func viaChain(_ n: Int) -> String {
        let chain = (0..<n).map { "\nsource s\($0)\n  name: S\($0)\n  via: \($0 + 1 < n ? "s\($0 + 1)" : "paper")\n" }.joined()
        let text = Self.minimal.replacingOccurrences(of: "source officials\n  name: unnamed officials\n  via: paper\n",
                                                     with: "source officials\n  name: unnamed officials\n  via: s0\n" + chain)
        let path = dir + "/chain\(n).dossier"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func sourcesWithALongViaChainIsLinear() throws {
        try expectLinear(":sources", { [ "--dossier", viaChain($0), "-e", ":sources"] }, base: 3_000)
        // Each source shows at most eight links of its chain.
        let r = try ProcessRun.run(["--dossier", viaChain(100), "-e", ":sources"], input: Data())
        #expect(r.stdout.contains("s0: S0 → S1 → S2 → S3 → S4 → S5 → S6 → S7 → S8 → … 92 more"), "\(r.stdout.prefix(600))")
    }

    /// A notebook of `n` `:article` cells (the report's 16 MiB notebook, scaled down).
    func articleNotebook(_ n: Int) throws -> String {
        let path = dir + "/articles\(n).md"
        let script = dir + "/articles\(n).dos"
        try (Array(repeating: ":article", count: n) + [":save --force \(path)"]).joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let r = try FaultProcess.run(DossierBinary.path, ["run", script], home: dir, timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
        return path
    }

    @Test func replayingANotebookOfArticleCellsIsLinear() throws {
        try expectLinear("replay", { ["replay", try articleNotebook($0)] }, base: 150)
        try expectLinear("replay --check", { ["replay", "--check", try articleNotebook($0)] }, base: 150)
    }

    /// A story of `n` sentences and `n` facts, each quoting its sentence without `at:`.
    func quotedFacts(_ n: Int) -> String {
        let sentences = (0..<n).map { "  sentence: Item \($0) cost \($0) dollars in the year of survey \($0).\n" }.joined()
        let facts = (0..<n).map { "\nfact f\($0)\n  value: \($0 + 1)\n  unit: USD\n  source: paper\n  attribution: unattributed\n  quote: cost \($0) dollars in the year\n" }.joined()
        let text = Self.minimal.replacingOccurrences(of: "  byline: By A. Writer\n", with: sentences + "  byline: By A. Writer\n") + facts
        let path = dir + "/quotes\(n).dossier"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// Each quote was searched for in the whole article: 1,000 facts took 12 s of processor time.
    @Test func loadingAStoryOfManyQuotesWithoutOffsetsIsLinear() throws {
        try expectLinear("quotes", { ["--dossier", quotedFacts($0), "-e", "f1"] }, base: 1_000)
    }
}
