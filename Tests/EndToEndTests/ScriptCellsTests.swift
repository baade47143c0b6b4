import Foundation
import Testing

/// `run FILE...` keeps the session's cells only when a script may save or export them (it names
/// `:save` or `:export`, or it is standard input); a script that does is saved whole, whichever
/// file of the run the `:save` is in.
@Suite struct ScriptCellsTests {
    let dir = DossierBinary.temporaryDirectory()

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aScriptThatSavesSavesEveryCell() throws {
        let out = dir + "/one.md"
        let script = try write("one.dos", "1 + 1\n2 * 3 kg\n# a comment is no cell\nlet x = 4\n:save \(out)\n")
        let r = try ProcessRun.run(["run", script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("saved 3 cells to \(out)"))
        let notebook = try String(contentsOfFile: out, encoding: .utf8)
        #expect(notebook.contains("> 2 * 3 kg\n6 kg") && notebook.contains("> let x = 4"))
    }

    @Test func theSaveMayBeInALaterFile() throws {
        let out = dir + "/two.md"
        let first = try write("first.dos", "10 USD/month * 12 month\n20 * 2\n")
        let second = try write("second.dos", ":export \(dir)/two.ipynb\n:save \(out)\n")
        let r = try ProcessRun.run(["run", first, second])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("exported 2 cells"))
        #expect(r.stdout.contains("saved 2 cells to \(out)"))
    }

    /// The launcher looks for `:save` in 64 KiB blocks: one across two blocks is found too.
    @Test func aSaveAcrossTheLaunchersBlocksIsFound() throws {
        let out = dir + "/four.md"
        let padding = "# " + String(repeating: "x", count: 65_536 - 2 - 1 - 3) + "\n"   // `:save` starts at byte 65,533
        let script = try write("four.dos", padding + ":save \(out)\n")
        #expect(try String(contentsOfFile: script, encoding: .utf8).utf8.firstIndex(of: UInt8(ascii: ":")).map { padding.utf8.distance(from: padding.utf8.startIndex, to: $0) } == 65_533)
        let r = try ProcessRun.run(["run", script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("saved 0 cells to \(out)"))
    }

    @Test func standardInputKeepsItsCells() throws {
        let out = dir + "/three.md"
        let r = try ProcessRun.run(["run", "-"], stdin: "5 * 5\n:save \(out)\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("saved 1 cell to \(out)"))
    }

    @Test func aScriptThatNeverSavesGivesTheSameOutput() throws {
        let script = try write("plain.dos", "4537 USD/month * 12 month * 10000\n1 to 2 kg to g\n")
        let r = try ProcessRun.run(["run", script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "544,440,000 USD   (544.4 million)\n1,000 to 2,000 g\n")   // 4,537 × 120,000
    }
}
