import Foundation
import Testing
@testable import Language

/// One small case per error kind (Tests/LanguageTests/Fixtures/errors/*.txt): the input, a line
/// `---`, then the exact rendered error. With DOSSIER_RECORD=1 a case whose expectation is empty is
/// filled with the current text — read every recorded file before committing it.
@Suite struct ErrorCorpusTests {
    static let folder: String = {
        let here = #filePath
        return String(here[..<here.range(of: "/ErrorCorpusTests.swift")!.lowerBound]) + "/Fixtures/errors"
    }()

    static let cases: [String] = Fixtures.list(folder, suffix: ".txt")

    @Test(arguments: cases)
    func renderedErrorMatches(file: String) throws {
        let text = try Fixtures.read(Self.folder + "/" + file)
        let parts = text.components(separatedBy: "\n---\n")
        try #require(parts.count == 2, "\(file) needs an input, a `---` line and the expected error")
        let input = parts[0]
        let expected = parts[1].hasSuffix("\n") ? String(parts[1].dropLast()) : parts[1]
        let session = TestStory.session()
        let before = session.text(":vars")
        let outcome = session.run(input)
        guard case .failure(_, let rendered) = outcome else {
            Issue.record("\(file): expected an error, got \(outcome)")
            return
        }
        if expected.isEmpty, ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" {
            try (input + "\n---\n" + rendered + "\n").write(toFile: Self.folder + "/" + file, atomically: true, encoding: .utf8)
            return
        }
        #expect(rendered == expected, "\(file)")
        #expect(session.text(":vars") == before, "a failed input must leave the session unchanged")
    }
}
