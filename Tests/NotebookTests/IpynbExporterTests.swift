import Foundation
import Language
import Testing
@testable import Notebook

@Suite struct IpynbExporterTests {
    static let notebook = Notebook(header: Fixtures.header, cells: [
        Fixtures.note("Rice \"quoted\"\n\nsecond"),
        Fixtures.command("let a = 1", "a = 1"),
        Fixtures.command("bad", "error[syntax]: x\n  |", error: true),
        Fixtures.command("let b = 2", ""),
    ])

    @Test func exportsExactJSON() {
        #expect(IpynbExporter.export(Self.notebook) == #"""
            {
             "cells": [
              {
               "cell_type": "markdown",
               "id": "c1",
               "metadata": {},
               "source": [
                "Rice \"quoted\"\n",
                "\n",
                "second"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "c2",
               "metadata": {},
               "outputs": [
                {
                 "name": "stdout",
                 "output_type": "stream",
                 "text": [
                  "a = 1\n"
                 ]
                }
               ],
               "source": [
                "let a = 1"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "c3",
               "metadata": {},
               "outputs": [
                {
                 "name": "stderr",
                 "output_type": "stream",
                 "text": [
                  "error[syntax]: x\n",
                  "  |\n"
                 ]
                }
               ],
               "source": [
                "bad"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "c4",
               "metadata": {},
               "outputs": [],
               "source": [
                "let b = 2"
               ]
              }
             ],
             "metadata": {
              "dossier": {
               "dossier_version": "0.1.0",
               "format": 1,
               "seed": "42",
               "story": "test-story",
               "story_hash": "sha256:abc"
              },
              "kernelspec": {
               "display_name": "Dossier",
               "language": "dossier",
               "name": "dossier"
              },
              "language_info": {
               "file_extension": ".dos",
               "name": "dossier"
              }
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }

            """#)
    }

    @Test func jsonStringEscaping() {
        #expect(JSONText.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.string("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONText.string("\u{00}\u{1B}\u{1F}\u{7F}") == #""\u0000\u001b\u001f\u007f""#)
        #expect(JSONText.string("위성락 “x” €") == "\"위성락 “x” €\"")
        #expect(JSONText.string("</script>") == "\"</script>\"")
    }

    @Test func reExportIsByteIdentical() throws {
        let first = IpynbExporter.export(Self.notebook)
        let reparsed = try NotebookReader.parse(NotebookWriter.render(cells: Self.notebook.cells, header: Self.notebook.header), fileName: "nb.md")
        #expect(IpynbExporter.export(reparsed) == first)
    }

    /// nbformat from PyPI, in a venv under /tmp made on first use.
    static func nbformatPython() throws -> String? {
        let venv = "/tmp/dossier-nbformat-venv"
        let python = venv + "/bin/python"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/env"), (try? run("/usr/bin/env", ["python3", "--version"])) == 0 else {
            return nil
        }
        if (try? run(python, ["-c", "import nbformat"])) != 0 {
            if !FileManager.default.isExecutableFile(atPath: python) {
                #expect(try run("/usr/bin/env", ["python3", "-m", "venv", venv]) == 0)
            }
            #expect(try run(venv + "/bin/pip", ["-q", "install", "nbformat"]) == 0)
        }
        return python
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.timeLimit(.minutes(5))) func nbformatValidatesTheExport() throws {
        guard let python = try Self.nbformatPython() else {
            print("SKIPPED nbformatValidatesTheExport: python3 is not installed, so nbformat cannot validate the export")
            return
        }
        let awkward = Notebook(header: Fixtures.header, cells: NotebookRoundTripTests.awkward + [
            Fixtures.command("ctl", "\u{1B}[1mbold\u{1B}[0m \u{00}\u{07}"),
        ])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(getpid()).ipynb")
        defer { try? FileManager.default.removeItem(at: file) }
        try IpynbExporter.export(awkward).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import json, nbformat, sys
            nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
            nbformat.validate(nb)
            raw = json.load(open(sys.argv[1], encoding="utf-8"))
            assert raw["cells"][3]["outputs"][0]["text"] == ["> looks like input\\n", "\\\\ backslash\\n", "\\\\> both\\n", ">\\n"], raw["cells"][3]
            assert "".join(raw["cells"][-1]["outputs"][0]["text"]) == "\\x1b[1mbold\\x1b[0m \\x00\\x07\\n"
            """
        #expect(try Self.run(python, ["-W", "error", "-c", script, file.path]) == 0)
    }
}
