import Language
import Notebook
import Testing

@Suite struct IpynbImporterTests {
    static let fallback = NotebookHeader(dossierVersion: "9.9.9", storyID: "other", storyHash: "sha256:def", seed: 7)

    @Test func anExportImportsBackToTheSameNotebook() throws {
        let notebook = Notebook(header: Fixtures.header, cells: [
            Fixtures.note("Rice \"quoted\"\n\nsecond"),
            Fixtures.command("let a = 1", "a = 1"),
            Fixtures.command("bad", "error[syntax]: x\n  |", error: true),
            Fixtures.command("let b = 2", ""),
            Fixtures.command("(1 +\n 2)", "3"),
        ])
        let back = try IpynbImporter.read(IpynbExporter.export(notebook), fileName: "nb.ipynb", fallback: Self.fallback)
        #expect(back == notebook)
        var hedged = notebook
        hedged.header.hedges = ["around = ±5% ±2% ±1%", "over = next round"]
        #expect(try IpynbImporter.read(IpynbExporter.export(hedged), fileName: "nb.ipynb", fallback: Self.fallback) == hedged)
    }

    /// A code cell as the kernel leaves it: `source` lines and its outputs.
    static func notebook(source: String, outputs: String) -> String {
        #"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "x", "metadata": {}, "execution_count": 1, "source": "# + source + #", "outputs": ["# + outputs + "]}]}"
    }

    static func result(_ input: String, _ text: String, type: String = "display_data") -> String {
        #"{"output_type": ""# + type + #"", "data": {"text/plain": ""# + text + #"", "text/html": "<pre>x</pre>"}, "metadata": {"dossier": {"input": ""# + input + #""}}}"#
    }

    @Test func aCellOfSeveralInputsIsSplitByTheKernelsInputNames() throws {
        // Three inputs; the second prints nothing; the third's bracket spans two lines.
        let text = Self.notebook(
            source: #""let a = 1\nfn f(x) = x\n(a +\n 1)""#,
            outputs: Self.result("let a = 1", "a = 1") + ", " + Self.result("(a +\\n 1)", "2", type: "execute_result"))
        let nb = try IpynbImporter.read(text, fileName: "k.ipynb", fallback: Self.fallback)
        #expect(nb.header == Self.fallback)
        #expect(nb.cells == [
            Fixtures.command("let a = 1", "a = 1"),
            Fixtures.command("fn f(x) = x", ""),
            Fixtures.command("(a +\n 1)", "2"),
        ])
    }

    @Test func anErrorBelongsToTheInputAfterTheLastResult() throws {
        let error = #"{"output_type": "error", "ename": "syntax", "evalue": "m", "traceback": ["error[syntax]: m", "  |"]}"#
        let text = Self.notebook(source: #"["1+1\n", "1 +\n", "2+2"]"#, outputs: Self.result("1+1", "2") + ", " + error)
        let nb = try IpynbImporter.read(text, fileName: "k.ipynb", fallback: Self.fallback)
        #expect(nb.cells == [
            Fixtures.command("1+1", "2"),
            Fixtures.command("1 +", "error[syntax]: m\n  |", error: true),
            // It never ran: kept, without an output, so replay --check says so.
            Fixtures.command("2+2", ""),
        ])
    }

    @Test func requestsAndCommentsAreNotCells() throws {
        let stream = #"{"output_type": "stream", "name": "stdout", "text": "saved 1 cell to x.md\n"}"#
        let text = Self.notebook(source: ##""# comment\n:save x.md\n\n:history""##, outputs: stream)
        #expect(try IpynbImporter.read(text, fileName: "k.ipynb", fallback: Self.fallback).cells == [])
    }

    @Test func badFilesAreRefusedWithWhere() {
        #expect(throws: NotebookError(fileName: "k.ipynb", line: 2, message: "not a Jupyter notebook: expected a JSON value (column 1)")) {
            try IpynbImporter.read("{\"a\":\n}", fileName: "k.ipynb", fallback: Self.fallback)
        }
        #expect(throws: NotebookError(fileName: "k.ipynb", line: nil, message: "not a Jupyter notebook of format 4 (`nbformat` must be 4)")) {
            try IpynbImporter.read(#"{"nbformat": 3, "cells": []}"#, fileName: "k.ipynb", fallback: Self.fallback)
        }
        #expect(throws: NotebookError(fileName: "k.ipynb", line: nil, message: "`metadata.dossier` needs dossier_version, story, story_hash and seed")) {
            try IpynbImporter.read(#"{"nbformat": 4, "cells": [], "metadata": {"dossier": {"seed": 1}}}"#, fileName: "k.ipynb", fallback: Self.fallback)
        }
        #expect(throws: NotebookError(fileName: "k.ipynb", line: nil, message: "cell 1 has an unknown `cell_type`")) {
            try IpynbImporter.read(#"{"nbformat": 4, "cells": [{"cell_type": "widget", "source": ""}]}"#, fileName: "k.ipynb", fallback: Self.fallback)
        }
    }
}
