import Foundation
import Testing

/// A story file is loaded whole or refused whole (issue 13, items 13 and 18): an unknown unit or a
/// `check` formula that does not parse is refused at load, naming its line; a UTF-8 byte-order
/// mark is accepted.
@Suite struct StoryLoadTests {
    let dir = DossierBinary.temporaryDirectory()

    /// The minimal fixture story (Tests/StoryTests/Fixtures/minimal.dossier).
    static let minimal: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return try! String(contentsOf: url.appendingPathComponent("StoryTests/Fixtures/minimal.dossier"), encoding: .utf8)
    }()

    func write(_ text: String, _ name: String) -> String {
        let path = dir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func theFixtureLoads() throws {
        let path = write(Self.minimal, "ok.dossier")
        let r = try ProcessRun.run(["--dossier", path, "-e", "pay * 12 month"], input: Data())
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func anUnknownUnitIsRefusedAtLoadNamingItsLine() throws {
        for unit in ["zz", "XYZ/year"] {
            let path = write(Self.minimal.replacingOccurrences(of: "  unit: USD/month", with: "  unit: \(unit)"), "bad-unit.dossier")
            let r = try ProcessRun.run(["--dossier", path, "-e", ":facts"], input: Data())
            #expect(r.status == 2, "\(unit): \(r.all)")
            // The fact `pay` starts on line 32; its unit is on line 34.
            #expect(r.stderr.hasPrefix("\(path):32: unit: `\(unit)`"), "\(unit): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(unit): the story half-loaded: \(r.stdout)")
        }
    }

    @Test func aCheckFormulaThatDoesNotParseIsRefusedAtLoad() throws {
        let path = write(Self.minimal.replacingOccurrences(of: "  formula: pay * 12 month", with: "  formula: pay * (12 month"), "bad-formula.dossier")
        let r = try ProcessRun.run(["--dossier", path, "-e", "1"], input: Data())
        #expect(r.status == 2, "\(r.all)")
        #expect(r.stderr.hasPrefix("\(path):40: formula: `pay * (12 month`"), "\(r.stderr)")
    }

    @Test func aCountPerPeriodIsAUnit() throws {
        let path = write(Self.minimal.replacingOccurrences(of: "  unit: USD/month", with: "  unit: count/month"), "count-rate.dossier")
        let r = try ProcessRun.run(["--dossier", path, "-e", "pay * 1 year"], input: Data())
        #expect(r.status == 0, "\(r.stderr)")
        // 2,000 a month for a year (12 months).
        #expect(r.stdout.hasPrefix("24,000"), "\(r.stdout)")
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let path = write("\u{FEFF}" + Self.minimal, "bom.dossier")
        let r = try ProcessRun.run(["--dossier", path, "-e", "pay * 12 month"], input: Data())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("24,000 USD"), "\(r.stdout)")
    }
}

/// `dossier replay NB --seed N` (issue 13, item 18): the seed is used, with a warning.
@Suite struct ReplaySeedTests {
    @Test func replaySeedIsUsedAndSaysOutputsMayDiffer() throws {
        let dir = DossierBinary.temporaryDirectory()
        let nb = dir + "/sim.md"
        let made = try ProcessRun.run(["-e", ":simulate --samples 1000 1 to 2", "-e", ":save \(nb)"], input: Data())
        #expect(made.status == 0, "\(made.stderr)")
        let same = try ProcessRun.run(["replay", "--check", nb], input: Data())
        #expect(same.status == 0, "\(same.all)")
        let seeded = try ProcessRun.run(["replay", nb, "--seed", "7"], input: Data())
        #expect(seeded.stderr.contains("warning: replaying with --seed 7, not the notebook's seed 42: simulation outputs may differ"), "\(seeded.stderr)")
        #expect(seeded.stderr.contains("gave outputs different from the recorded ones"), "the seed was not used: \(seeded.stderr)")
    }
}
