import Language
import Session
import Testing

@Suite struct SessionInspectTests {
    @Test func continuationIsTheShellsRule() {
        #expect(Session.continuation(of: "1+1") == .complete)
        #expect(Session.continuation(of: "(1 +") == .incomplete)
        #expect(Session.continuation(of: "let x = (2 *\n (3") == .incomplete)
        #expect(Session.continuation(of: ":simulate (8000 to") == .incomplete)
        #expect(Session.continuation(of: ":table t in 1, 2: (t") == .incomplete)
        // Other commands take text, not expressions: a bracket there is just text.
        #expect(Session.continuation(of: ":note (see above") == .complete)
        #expect(Session.continuation(of: "1 @ 2") == .invalid)
        #expect(Session.continuation(of: "1 + 2)") == .invalid)
        #expect(Session.continuation(of: "   ") == .complete)
        #expect(Session.continuation(of: "# (a comment") == .complete)
    }

    @Test func theRuleAgreesWithRunning() {
        for input in ["(1 +", ":simulate (1 to", "1+1", "let y = (2"] {
            let session = Session(story: TestStory.story)
            let ran = session.run(input) == .incomplete
            #expect(ran == (Session.continuation(of: input) == .incomplete), "\(input)")
        }
    }

    @Test func inspectionShowsTheFactOrHelpUnderTheCursor() {
        let session = Session(story: TestStory.story)
        let fact = session.inspection(forLine: "2 * soldier_pay", cursorByte: 7)
        #expect(fact?.hasPrefix("soldier_pay = 2,000 USD/month") == true)
        // The cursor at the end of the word counts too.
        #expect(session.inspection(forLine: "soldier_pay", cursorByte: 11) == fact)
        #expect(session.inspection(forLine: ":simulate 1", cursorByte: 3)?.hasPrefix(":simulate [--samples N] EXPR") == true)
        #expect(session.inspection(forLine: "revenue(1, 2, 3)", cursorByte: 2) != nil)
        #expect(session.inspection(forLine: "1 + 2", cursorByte: 2) == nil)
        #expect(session.inspection(forLine: "nothing_here", cursorByte: 3) == nil)
        #expect(session.cells.isEmpty)
    }
}
