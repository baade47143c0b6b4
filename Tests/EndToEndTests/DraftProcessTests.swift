import Foundation
import Testing

/// `dossier draft` as a process: each development text drafts to a story that `--dossier` loads,
/// and every quantity of its gold file is either a fact or a `# review: left out` line.
@Suite struct DraftProcessTests {
    static let devSet = String(#filePath.dropLast("EndToEndTests/DraftProcessTests.swift".count)) + "ExtractTests/DevSet/"

    @Test(arguments: ["01-conscript-pay", "02-wheat-harvest", "03-bonuses", "04-kharkiv-strike", "05-energy", "07-city-budget", "08-heatwave"])
    func aDevelopmentTextDraftsToAStoryThatLoads(name: String) throws {
        let story = DossierBinary.temporaryDirectory() + "/\(name).dossier"
        let draft = try ProcessRun.run(["draft", Self.devSet + name + ".txt", "-o", story])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = try String(contentsOfFile: story, encoding: .utf8)
        let gold = try String(contentsOfFile: Self.devSet + name + ".gold", encoding: .utf8).split(separator: "\n").count
        let facts = text.split(separator: "\n").filter { $0.hasPrefix("fact ") }.count
        let leftOut = text.split(separator: "\n").filter { $0.hasPrefix("# review: left out") }.count
        #expect(facts + leftOut == gold)
        let load = try ProcessRun.run(["--dossier", story, "-e", ":facts"])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("\(facts) fact"))
    }

    @Test func aTextWithBlankLinesIsRefusedAndNoFileIsWritten() throws {
        let story = DossierBinary.temporaryDirectory() + "/md.dossier"
        let r = try ProcessRun.run(["draft", Self.devSet + "06-grain-corridor.md", "-o", story])
        #expect(r.status == 2)
        #expect(r.stderr.contains("line 2 is blank"))
        #expect(!FileManager.default.fileExists(atPath: story))
    }
}
