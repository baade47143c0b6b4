import Story
import Testing

/// A story's text reaches the terminal (`:article`, `:sources`, `:fact`): a hostile data file must
/// not carry terminal escapes through it, so the reader refuses control characters, naming the line.
@Suite struct StoryControlCharacterTests {
    func issues(_ text: String) -> [StoryIssue] {
        do {
            _ = try StoryReader.read(bytes: Array(text.utf8), fileName: "evil.dossier")
            return []
        } catch {
            return error.issues
        }
    }

    @Test func escapeSequencesAreRefused() {
        #expect(issues("dossier-story 1\nstory x\n  title: \u{1B}]0;pwned\u{07}\u{1B}[2J\n")
            == [StoryIssue(line: 3, field: "file", message: "holds the control character 0x1B: a story file is plain text, without terminal escapes")])
    }

    @Test func c1ControlsDeleteAndLoneCarriageReturnsAreRefused() {
        #expect(issues("dossier-story 1\n# csi \u{9B}2J\n")
            == [StoryIssue(line: 2, field: "file", message: "holds the control character 0x9B: a story file is plain text, without terminal escapes")])
        #expect(issues("dossier-story 1\n\n# rub\u{7F}\n")
            == [StoryIssue(line: 3, field: "file", message: "holds the control character 0x7F: a story file is plain text, without terminal escapes")])
        // A CR that does not end a line would let a value overprint what came before it.
        #expect(issues("dossier-story 1\n# fake\routput\n")
            == [StoryIssue(line: 2, field: "file", message: "holds the control character 0x0D: a story file is plain text, without terminal escapes")])
    }

    @Test func tabsAndCRLFLineEndsAreNotControlProblems() {
        let found = issues("dossier-story 1\r\n#\ta comment\r\n")
        #expect(!found.contains { $0.message.contains("control character") })
    }
}
