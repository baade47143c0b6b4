import Foundation
import Testing

/// The bad-input corpus inside notebook files (`dossier replay`) and story files (`--dossier`):
/// each is refused with the file and line named and exit status 2, before anything of the file is
/// printed — so no escape sequence in a file ever reaches the terminal.
@Suite struct BadInputFileTests {
    let dir = DossierBinary.temporaryDirectory()

    /// The minimal story the story tests use, as lines.
    static let story = """
        dossier-story 1
        story bad-input
          title: A small story
          outlet: Nowhere
          author: Nobody
        article
          paragraph: Officials said 40 tons arrived.
        """

    @Test(arguments: BadInputCorpus.handMade.map(\.name))
    func handMadeCaseInANotebook(_ name: String) throws {
        let c = BadInputCorpus.handMade.first { $0.name == name }!
        // As a note (line 10) and as a command's input (line 11, after the fence).
        let asNote = Array((BadInputCorpus.notebookHeader + "\n<!-- cell: c1 -->\n").utf8) + c.bytes + [0x0A]
        let asInput = Array((BadInputCorpus.notebookHeader + "\n<!-- cell: c1 -->\n```dossier\n> ").utf8) + c.bytes + Array("\n```\n".utf8)
        for (bytes, line) in [(asNote, 10), (asInput, 11)] {
            let path = BadInputCorpus.write(bytes, named: "bad.md", in: dir)
            let r = try ProcessRun.run(["replay", path])
            if c.name == "right-to-left override" {
                // Printable text: the notebook is read, and the bad input fails only when run.
                #expect(r.status == 0 || r.status == 1, "\(c.name): exit \(r.status)")
                continue
            }
            #expect(r.status == 2, "\(c.name): exit \(r.status)")
            #expect(r.stdout.isEmpty, "\(c.name): printed \(r.stdout.debugDescription)")
            #expect(r.stderr.hasPrefix("error[io]: \(path):\(line): the line "), "\(c.name): \(r.stderr.debugDescription)")
            #expect(!BadInputCorpus.holdsControlCharacters(r.all), "\(c.name): a control character reached the output")
        }
    }

    @Test(arguments: BadInputCorpus.handMade.map(\.name))
    func handMadeCaseInAStory(_ name: String) throws {
        let c = BadInputCorpus.handMade.first { $0.name == name }!
        // In the title's value (line 3).
        var lines = Self.story.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        lines[2] = Array("  title: ".utf8) + c.bytes
        let path = BadInputCorpus.write(Array(lines.joined(separator: [0x0A])) + [0x0A], named: "bad.dossier", in: dir)
        let r = try ProcessRun.run(["--dossier", path, "-e", ":article"])
        if c.name == "right-to-left override" {
            #expect(r.status == 0, "printable text is a valid title: \(r.stderr)")
            return
        }
        #expect(r.status == 2, "\(c.name): exit \(r.status)")
        #expect(r.stdout.isEmpty, "\(c.name): printed \(r.stdout.debugDescription)")
        #expect(r.stderr.hasPrefix("\(path):3: file: "), "\(c.name): \(r.stderr.debugDescription)")
        #expect(!BadInputCorpus.holdsControlCharacters(r.all), "\(c.name): a control character reached the output")
    }

    @Test func randomBytesAsNotebooksAndStories() throws {
        for c in BadInputCorpus.random(count: 10, seed: 29) {
            let path = BadInputCorpus.write(c.bytes, named: "random.bin", in: dir)
            let replay = try ProcessRun.run(["replay", path])
            #expect(replay.status == 2, "\(c.name) as a notebook: exit \(replay.status)")
            #expect(replay.stderr.hasPrefix("error[io]: \(path):"), "\(c.name): \(replay.stderr.debugDescription)")
            let story = try ProcessRun.run(["--dossier", path, "-e", "1"])
            #expect(story.status == 2, "\(c.name) as a story: exit \(story.status)")
            #expect(story.stderr.hasPrefix("\(path):"), "\(c.name): \(story.stderr.debugDescription)")
            #expect(!BadInputCorpus.holdsControlCharacters(replay.all + story.all), "\(c.name): a control character reached the output")
        }
    }

    @Test func oversizedStoryAndNotebookFilesAreRefused() throws {
        let big = [UInt8](repeating: 0x23, count: 16 * 1024 * 1024 + 1)  // '#' * (16 MiB + 1)
        let path = BadInputCorpus.write(big, named: "big", in: dir)
        let story = try ProcessRun.run(["--dossier", path, "-e", "1"])
        #expect(story.status == 2)
        #expect(story.stderr.contains("16777216 bytes"), "\(story.stderr)")
        let replay = try ProcessRun.run(["replay", path])
        #expect(replay.status == 2)
        #expect(replay.stderr.contains("16777216 bytes"), "\(replay.stderr)")
    }

    /// A notebook is data: opened (`:open`) or replayed, it runs Dossier commands only, and every
    /// command that would write a file, open another notebook (itself, say), read the history or
    /// leave is refused as an error cell; the session goes on.
    @Test func aHostileNotebookRunsOnlyDossierCommands() throws {
        let path = dir + "/hostile.md"
        let commands = [":save \(dir)/pwn.md", ":export \(dir)/pwn.ipynb", ":open \(path)", ":quit", ":history", "6 * 7"]
        var text = BadInputCorpus.notebookHeader
        for (i, c) in commands.enumerated() { text += "\n<!-- cell: c\(i + 1) -->\n```dossier\n> \(c)\n```\n" }
        _ = BadInputCorpus.write(Array(text.utf8), named: "hostile.md", in: dir)
        for arguments in [["-e", ":open \(path)", "-e", "1 + 1"], ["replay", path]] {
            let r = try ProcessRun.run(arguments)
            for c in commands.prefix(5) {
                let name = String(c.prefix { $0 != " " })
                #expect(r.stdout.contains("> \(c)\nerror[command]: \(name) is refused while replaying a notebook: a replayed file may not "), "\(arguments[0]): \(c)")
            }
            #expect(r.stdout.contains("> 6 * 7\n42\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/pwn.md"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/pwn.ipynb"))
        // After :open the session went on to the next command.
        #expect(try ProcessRun.run(["-e", ":open \(path)", "-e", "1 + 1"]).stdout.hasSuffix("\n2\n"))
    }
}
