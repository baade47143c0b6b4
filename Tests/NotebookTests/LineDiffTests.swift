import Testing
@testable import Notebook

@Suite struct LineDiffTests {
    func diff(_ old: String, _ new: String) -> String {
        LineDiff.unified(old: old, new: new, oldName: "nb.md (recorded)", newName: "nb.md (replayed)")
    }

    @Test func equalTextsGiveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n") == "")
        #expect(diff("", "") == "")
    }

    @Test func oneHunkWithAChangeAndAnAddition() {
        #expect(diff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n") == """
            --- nb.md (recorded)
            +++ nb.md (replayed)
            @@ -1,4 +1,5 @@
             a
            -b
            +B
             c
             d
            +e

            """)
    }

    @Test func distantChangesMakeTwoHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacing("\n2\n", with: "\ntwo\n").replacing("\n18\n", with: "\neighteen\n")
        #expect(diff(old, new) == """
            --- nb.md (recorded)
            +++ nb.md (replayed)
            @@ -1,5 +1,5 @@
             1
            -2
            +two
             3
             4
             5
            @@ -15,6 +15,6 @@
             15
             16
             17
            -18
            +eighteen
             19
             20

            """)
    }

    @Test func aDeletedLine() {
        let old = (1...10).map(String.init).joined(separator: "\n") + "\n"
        #expect(diff(old, old.replacing("\n5\n", with: "\n")) == """
            --- nb.md (recorded)
            +++ nb.md (replayed)
            @@ -2,7 +2,6 @@
             2
             3
             4
            -5
             6
             7
             8

            """)
    }

    @Test func fromAndToNothing() {
        #expect(diff("", "x\ny\n") == "--- nb.md (recorded)\n+++ nb.md (replayed)\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        #expect(diff("x\ny\n", "") == "--- nb.md (recorded)\n+++ nb.md (replayed)\n@@ -1,2 +0,0 @@\n-x\n-y\n")
    }

    @Test func editScriptIsMinimalAndReplaysToTheNewText() {
        // Myers finds a shortest script: for these, 2 deletions and 2 insertions.
        let a: [Substring] = ["a", "b", "c", "a", "b", "b", "a"]
        let b: [Substring] = ["c", "b", "a", "b", "a", "c"]
        let edits = LineDiff.script(a, b)
        let changes = edits.filter { if case .keep = $0 { false } else { true } }
        #expect(changes.count == 5)
        var rebuilt: [Substring] = []
        for edit in edits {
            switch edit {
            case .keep(let i, _): rebuilt.append(a[i])
            case .insert(let j): rebuilt.append(b[j])
            case .delete: break
            }
        }
        #expect(rebuilt == b)
    }

    @Test func veryDifferentTextsFallBackToOneReplacement() {
        let old = (0..<3000).map { "old \($0)" }.joined(separator: "\n")
        let new = (0..<3000).map { "new \($0)" }.joined(separator: "\n")
        let text = diff(old, new)
        #expect(text.hasPrefix("--- nb.md (recorded)\n+++ nb.md (replayed)\n@@ -1,3000 +1,3000 @@\n-old 0\n"))
    }
}
