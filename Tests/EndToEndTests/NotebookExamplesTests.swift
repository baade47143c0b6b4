import Foundation
import Testing

/// The example notebooks are golden tests: each replays with `--check` to its recorded outputs.
@Suite struct NotebookExamplesTests {
    /// `notebooks/` under the package root, found from this file's path.
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // file, EndToEndTests, Tests
        return url.appendingPathComponent("notebooks").path
    }()

    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 3, "found \(Self.examples) in \(Self.directory)")
    }

    /// A notebook on a story other than the built-in one has the story file beside it, named like
    /// the notebook with `.dossier` for `.md` (notebooks/README.md).
    static func storyArguments(for name: String) -> [String] {
        let story = Self.directory + "/" + name.dropLast(".md".count) + ".dossier"
        return FileManager.default.fileExists(atPath: story) ? ["--dossier", story] : []
    }

    @Test(arguments: examples) func exampleReplaysAsRecorded(_ name: String) throws {
        let r = try ProcessRun.run(Self.storyArguments(for: name) + ["replay", Self.directory + "/" + name, "--check"])
        #expect(r.status == 0, "\(name):\n\(r.all)")
        #expect(r.stderr == "", "\(name): \(r.stderr)")
    }

    /// The drafted story of notebook 05 is what `dossier draft` writes from its article today.
    @Test func theDraftedStoryOfTheNewArticleNotebookIsTheDraftersOutput() throws {
        let r = try ProcessRun.run(["draft", Self.directory + "/05-a-new-article.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOfFile: Self.directory + "/05-a-new-article.dossier", encoding: .utf8)))
    }
}
