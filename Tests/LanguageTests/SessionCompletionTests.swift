import Language
import Session
import Story
import Testing

/// `Session.completions(forLine:cursorByte:)`: what Tab offers for the word before the cursor.
@Suite struct SessionCompletionTests {
    let session: Session = {  // a fresh session per test (Swift Testing makes one suite value per test)
        func fact(_ id: String) -> Fact { Fact(id: id, value: .point(1), unit: "", qualifier: nil, hedges: [], line: 1) }
        let story = Story(id: "t", title: "T", outlet: "O", author: "A",
                          facts: [fact("soldier_pay"), fact("soldier_revenue_claim"), fact("worker_pay")],
                          assumptions: [fact("grain_need")], checkableClaims: [], contentHash: "")
        return Session(story: story)
    }()

    @Test func aColonWordAtTheStartCompletesToCommands() {
        let r = session.completions(forLine: ":hel", cursorByte: 4)
        #expect(r.replaceFrom == 0)
        #expect(r.candidates == [":help"])
    }

    /// Issue 13, item 19: `:fact gra` offered the units `gram grams` too.
    @Test func theWordAfterFactCompletesToIdsOnly() {
        let r = session.completions(forLine: ":fact gra", cursorByte: 9)
        #expect(r.replaceFrom == 6)
        #expect(r.candidates == ["grain_need"])
        #expect(session.completions(forLine: ":fact so", cursorByte: 8).candidates == ["soldier_pay", "soldier_revenue_claim"])
    }

    @Test func theWordAfterHedgeCompletesToAHedgeWord() {
        let r = session.completions(forLine: ":hedge a", cursorByte: 8)
        #expect(r.replaceFrom == 7)
        #expect(r.candidates == ["about", "almost", "approximately", "around"])
    }

    @Test func aBareColonListsEveryCommand() {
        let r = session.completions(forLine: ":", cursorByte: 1)
        #expect(r.replaceFrom == 0)
        #expect(r.candidates.contains(":quit"))
        #expect(r.candidates.contains(":history"))
        #expect(r.candidates == r.candidates.sorted())
    }

    @Test func aWordCompletesToFactAndAssumptionIds() {
        let line = "let x = 2 * sol"
        let r = session.completions(forLine: line, cursorByte: line.utf8.count)
        #expect(r.replaceFrom == 12)
        #expect(r.candidates.contains("soldier_pay"))
        #expect(r.candidates.contains("soldier_revenue_claim"))
        #expect(r.candidates.allSatisfy { $0.hasPrefix("sol") })
        #expect(session.completions(forLine: "grain_", cursorByte: 6).candidates == ["grain_need"])
        #expect(session.completions(forLine: "soldier_p", cursorByte: 9).candidates == ["soldier_pay"])
    }

    @Test func variablesFunctionsAndUnitsComplete() {
        _ = session.run("let soldier_total = 3")
        #expect(session.completions(forLine: "soldier_t", cursorByte: 9).candidates == ["soldier_total"])
        #expect(session.completions(forLine: "reve", cursorByte: 4).candidates.contains("revenue"))
        #expect(session.completions(forLine: "2 US", cursorByte: 4).candidates.contains("USD"))
    }

    @Test func theCursorMayBeMidLine() {
        // "worker_| * 2": only the part before the cursor is the typed word.
        let r = session.completions(forLine: "worker_ * 2", cursorByte: 7)
        #expect(r.replaceFrom == 0)
        #expect(r.candidates == ["worker_pay"])
    }

    @Test func afterHelpCommandNamesComplete() {
        let r = session.completions(forLine: ":help qu", cursorByte: 8)
        #expect(r.replaceFrom == 6)
        #expect(r.candidates == ["quit"])
    }

    @Test func nothingTypedOrNothingMatching() {
        #expect(session.completions(forLine: "2 * ", cursorByte: 4).candidates.isEmpty)
        #expect(session.completions(forLine: "zzz", cursorByte: 3).candidates.isEmpty)
        #expect(session.completions(forLine: "1 + :he", cursorByte: 7).candidates.isEmpty)
    }

    @Test func nonASCIIBeforeTheWordKeepsByteOffsets() {
        let line = ":note “위성락” sol"
        let r = session.completions(forLine: line, cursorByte: line.utf8.count)
        #expect(r.replaceFrom == line.utf8.count - 3)
        #expect(r.candidates.contains("soldier_pay"))
    }
}
