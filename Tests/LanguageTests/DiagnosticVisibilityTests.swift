@testable import Language
@testable import Session
import Testing

/// An error quotes its input; control characters in that input (an escape sequence typed or piped
/// in) are drawn as visible pictures so they cannot drive the terminal.
struct DiagnosticVisibilityTests {
    @Test func escapeSequencesInAnUnknownCommandAreDrawnNotSent() {
        let session = Session(story: TestStory.story)
        guard case .failure(_, let rendered) = session.run(":\u{1B}[2Jclear") else {
            Issue.record("an unknown command did not fail")
            return
        }
        #expect(!rendered.utf8.contains(0x1B))
        #expect(rendered.contains("unknown command `:␛[2Jclear`"))
        // `:`, ESC, `[2Jclear`: ten characters, ten carets.
        #expect(rendered.contains("1 | :␛[2Jclear\n  | ^^^^^^^^^^ not a command"))
    }

    @Test func tabsAndDeleteKeepTheCaretUnderTheMistake() {
        let session = Session(story: TestStory.story)
        guard case .failure(_, let rendered) = session.run("1 +\t\u{7F}") else {
            Issue.record("a DEL byte did not fail")
            return
        }
        // One picture per character: the caret stays under the fifth column.
        #expect(rendered.contains("1 | 1 +␉␡\n  |     ^"))
        #expect(!rendered.utf8.contains(0x09) && !rendered.utf8.contains(0x7F))
    }

    @Test func c1ControlsBecomeReplacementCharacters() {
        #expect(DiagnosticRenderer.visible("a\u{9B}31mb\nc") == "a\u{FFFD}31mb\nc")
        #expect(DiagnosticRenderer.visible("plain\ntext") == "plain\ntext")
    }
}
