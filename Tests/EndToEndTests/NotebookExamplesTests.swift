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

    @Test(arguments: examples) func exampleReplaysAsRecorded(_ name: String) throws {
        let r = try ProcessRun.run(["replay", Self.directory + "/" + name, "--check"])
        #expect(r.status == 0, "\(name):\n\(r.all)")
        #expect(r.stderr == "", "\(name): \(r.stderr)")
    }
}
