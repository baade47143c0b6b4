import Foundation
import Testing

/// `dossier --article FILE`: a text never seen before is drafted in memory and explored at once.
@Suite struct ArticleOptionProcessTests {
    /// A short news-style text written for this test (in no development set).
    static let article = """
    Town council approves new bridge
    The town council voted on Tuesday to build a new bridge over the river, at a cost of $12 million, mayor Ann Lee said.
    About 4,000 cars cross the old bridge every day, according to the council.
    By Sam Ortiz

    """

    static func articleFile() throws -> String {
        let path = DossierBinary.temporaryDirectory() + "/bridge.txt"
        try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func factsAndChecksOfANewTextWithTheMachineDraftNotice() throws {
        let path = try Self.articleFile()
        let r = try ProcessRun.run(["--article", path, "-e", ":facts", "-e", ":check"])
        #expect(r.status == 0, "\(r.stderr)")
        // By hand: "$12 million" is 12,000,000 USD said by Ann Lee; "About 4,000 cars" is a count
        // hedged `about`, attributed `according to` the council.
        #expect(r.stdout.contains("12,000,000  USD    said               Ann Lee"))
        #expect(r.stdout.contains("4,000       count  about, according   council"))
        #expect(r.stdout.contains("2 facts"))
        #expect(r.stdout.contains("this story has no checkable claims"))
        #expect(r.stderr == "Drafted from \(path) by machine: review the facts before trusting them. To save the draft for review: dossier draft \(path) -o FILE\n")
    }

    @Test func aNotebookMadeOnTheDraftReplaysOnTheSavedDraft() throws {
        let path = try Self.articleFile()
        let directory = DossierBinary.temporaryDirectory()
        let notebook = directory + "/bridge.md"
        let made = try ProcessRun.run(["--article", path, "-e", "cost_amount / 4000", "-e", ":save \(notebook)"])
        #expect(made.status == 0, "\(made.stderr)")
        // 12,000,000 / 4,000 = 3,000.
        #expect(made.stdout.hasPrefix("3,000 USD\n"))
        let saved = try String(contentsOfFile: notebook, encoding: .utf8)
        #expect(saved.contains("story: town-council-approves-new-bridge\nstory-hash: sha256:"))
        let story = directory + "/bridge.dossier"
        #expect(try ProcessRun.run(["draft", path, "-o", story]).status == 0)
        let replay = try ProcessRun.run(["--dossier", story, "replay", notebook, "--check"])
        #expect(replay.status == 0, "\(replay.stderr)")
        // The built-in story has another text: replay says so and the cell fails.
        #expect(try ProcessRun.run(["replay", notebook, "--check"]).status == 1)
    }

    @Test func aMissingArticleOrTwoStoriesIsAUsageError() throws {
        let missing = try ProcessRun.run(["--article", "/nonexistent/a.txt", "-e", ":facts"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "dossier: cannot read /nonexistent/a.txt: No such file or directory\n")
        let both = try ProcessRun.run(["--article", try Self.articleFile(), "--dossier", "x", "-e", "1"])
        #expect(both.status == 2)
        #expect(both.stderr == "dossier: --article and --dossier cannot be given together\n")
    }
}
