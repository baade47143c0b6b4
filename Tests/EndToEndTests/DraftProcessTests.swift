import Foundation
import Testing

/// `dossier draft` as a process: each development text drafts to a story that `--dossier` loads,
/// with a fact for every quantity of its gold file.
@Suite struct DraftProcessTests {
    static let devSet = String(#filePath.dropLast("EndToEndTests/DraftProcessTests.swift".count)) + "ExtractTests/DevSet/"

    @Test(arguments: ["01-conscript-pay", "02-wheat-harvest", "03-bonuses", "04-kharkiv-strike", "05-energy", "06-grain-corridor", "07-city-budget", "08-heatwave"])
    func aDevelopmentTextDraftsToAStoryThatLoads(name: String) throws {
        let story = DossierBinary.temporaryDirectory() + "/\(name).dossier"
        let draft = try ProcessRun.run(["draft", Self.devSet + name + (name.hasPrefix("06") ? ".md" : ".txt"), "-o", story])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = try String(contentsOfFile: story, encoding: .utf8)
        let gold = try String(contentsOfFile: Self.devSet + name + ".gold", encoding: .utf8).split(separator: "\n").count
        let facts = text.split(separator: "\n").filter { $0.hasPrefix("fact ") }.count
        let leftOut = text.split(separator: "\n").filter { $0.hasPrefix("# review: left out") }.count
        // The measure: `:facts` lists as many facts as the gold file has quantities.
        #expect(facts == gold && leftOut == 0, "\(facts) facts and \(leftOut) left out for \(gold) gold quantities")
        let load = try ProcessRun.run(["--dossier", story, "-e", ":facts"])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("\(facts) fact"))
    }

    /// A Markdown text with blank lines between paragraphs and CRLF line ends, written for this
    /// test: `draft` and `--article` take it, and the story's text is its lines without the blank
    /// ones, the `#` marker and the carriage returns.
    @Test func aTextWithBlankLinesAndCRLFDraftsAndLoads() throws {
        let directory = DossierBinary.temporaryDirectory()
        let article = directory + "/ferry.md"
        let text = "# Ferry fares rise\r\n\r\nFares on the island ferry will rise by $3 from June, the operator said.\r\n\r\nAbout 900 people take the ferry each day.\r\n\r\nBy Lee Park\r\n"
        try text.write(toFile: article, atomically: true, encoding: .utf8)
        let story = directory + "/ferry.dossier"
        let draft = try ProcessRun.run(["draft", article, "-o", story])
        #expect(draft.status == 0, "\(draft.stderr)")
        let file = try String(contentsOfFile: story, encoding: .utf8)
        #expect(file.contains("""
            article
              paragraph: Fares on the island ferry will rise by $3 from June, the operator said.
              paragraph: About 900 people take the ferry each day.
              byline: By Lee Park

            """))
        #expect(file.contains("  title: Ferry fares rise\n"))
        let load = try ProcessRun.run(["--dossier", story, "-e", ":article"])
        #expect(load.status == 0, "\(load.stderr)")
        let opened = try ProcessRun.run(["--article", article, "-e", ":facts"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("2 facts"))
    }

    @Test func aTextNoStoryCanHoldIsRefusedAndNoFileIsWritten() throws {
        let directory = DossierBinary.temporaryDirectory()
        let article = directory + "/bell.txt"
        try "Bell\n\nThe bell\u{1B}[2J rang.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let story = directory + "/bell.dossier"
        let r = try ProcessRun.run(["draft", article, "-o", story])
        #expect(r.status == 2)
        #expect(r.stderr == "dossier: cannot draft \(article): line 3, character 9 is the control character U+001B: a story file holds plain text only\n")
        #expect(!FileManager.default.fileExists(atPath: story))
    }
}
