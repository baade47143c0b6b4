import Testing
@testable import Notebook

/// The `hedge:` header lines: the hedge-table rows a notebook's outputs used.
@Suite struct HedgeHeaderTests {
    @Test func rowsRoundTrip() throws {
        let header = NotebookHeader(dossierVersion: "0.1.0", storyID: "s", storyHash: "sha256:0", seed: 42,
                                    hedges: ["around = ±10%", "thousands = 2,000 to 9,000"])
        let text = NotebookWriter.render(cells: [], header: header)
        #expect(text == """
            <!-- dossier notebook
            format: 1
            dossier: 0.1.0
            story: s
            story-hash: sha256:0
            seed: 42
            hedge: around = ±10%
            hedge: thousands = 2,000 to 9,000
            -->

            """)
        #expect(try NotebookReader.parse(text, fileName: "nb.md").header == header)
    }

    @Test func noRowsNoLines() {
        let text = NotebookWriter.render(cells: [], header: NotebookHeader(dossierVersion: "0.1.0", storyID: "s", storyHash: "sha256:0", seed: 1))
        #expect(!text.contains("hedge"))
    }

    @Test func aRowNeedsAnEqualsSign() {
        let text = "<!-- dossier notebook\nformat: 1\ndossier: 0.1.0\nstory: s\nstory-hash: sha256:0\nseed: 42\nhedge: around\n-->\n"
        #expect(throws: NotebookError(fileName: "nb.md", line: 7, message: "a hedge row reads `hedge: WORD = READING`, not `around`")) {
            try NotebookReader.parse(text, fileName: "nb.md")
        }
    }
}
