import Foundation
import Testing

/// `dossier --article FILE`: a text never seen before is drafted in memory and explored at once.
@Suite struct ArticleOptionProcessTests {
    typealias Key = PseudoTerminal.Key

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
        #expect(r.stderr == "Drafted from \(path) by machine: review the facts before trusting them. To save the draft for review: :draft save FILE (or dossier draft \(path) -o FILE)\n")
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

    /// `:draft save FILE` writes what `dossier draft` writes; a file already there is kept unless
    /// `--force`; a session not made from an article refuses.
    @Test func draftSaveWritesTheDraftedStory() throws {
        let path = try Self.articleFile()
        let saved = DossierBinary.temporaryDirectory() + "/saved.dossier"
        let r = try ProcessRun.run(["--article", path, "-e", ":draft save \(saved)"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "saved the story drafted from \(path) to \(saved): review its `# review:` lines, then open it with `dossier --dossier \(saved)`\n")
        let drafted = try ProcessRun.run(["draft", path])
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == drafted.stdout)
        #expect(try ProcessRun.run(["--dossier", saved, "-e", ":facts"]).status == 0)

        try "my reviewed story".write(toFile: saved, atomically: true, encoding: .utf8)
        let again = try ProcessRun.run(["--article", path, "-e", ":draft save \(saved)"])
        #expect(again.status == 1)
        #expect(again.stderr.hasSuffix("error[io]: \(saved) exists; it was left as it is\n  = help: save the draft to another name, or replace it with `:draft save --force \(saved)`\n"))
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == "my reviewed story")
        #expect(try ProcessRun.run(["--article", path, "-e", ":draft save --force \(saved)"]).status == 0)
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == drafted.stdout)

        let builtIn = try ProcessRun.run(["-e", ":draft save \(saved)"])
        #expect(builtIn.status == 1)
        #expect(builtIn.stderr.hasPrefix("error[command]: :draft save works in a session opened with `dossier --article ARTICLE`"))
    }

    /// `dossier draft -o` writes through the atomic writer: into a missing directory, nothing is
    /// written and the error names the file.
    @Test func draftToAFileThatCannotBeWrittenSaysWhy() throws {
        let r = try ProcessRun.run(["draft", try Self.articleFile(), "-o", "/nonexistent/dir/a.dossier"])
        #expect(r.status == 1)
        #expect(r.stderr == "error[io]: cannot write /nonexistent/dir/a.dossier: No such file or directory (the directory /nonexistent/dir does not exist)\n")
    }

    /// At the terminal, saving the draft over a file asks first, and `n` keeps the file.
    @Test func atTheTerminalDraftSaveAsksBeforeReplacing() throws {
        let path = try Self.articleFile()
        let directory = DossierBinary.temporaryDirectory()
        let target = directory + "/kept.dossier"
        try "mine".write(toFile: target, atomically: true, encoding: .utf8)
        let pty = try PseudoTerminal(arguments: ["--article", path], home: directory)
        try pty.waitFor("> ")
        var mark = pty.mark
        try pty.type(":draft save \(target)" + Key.enter)
        try pty.waitFor("exists.\r\nReplace it with the draft? [y/N]", after: mark)
        mark = pty.mark
        try pty.type("n" + Key.enter)
        try pty.waitFor("not saved", after: mark)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
        mark = pty.mark
        try pty.type(":draft save \(target)" + Key.enter)
        try pty.waitFor("Replace it with the draft? [y/N]", after: mark)
        mark = pty.mark
        try pty.type("y" + Key.enter)
        try pty.waitFor("saved the story drafted from", after: mark)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("dossier-story 1\n"))
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }
}
