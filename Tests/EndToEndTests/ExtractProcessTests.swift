import Foundation
import Testing

/// `dossier extract` as a process: the table, JSON Lines, standard input, and bad input.
@Suite struct ExtractProcessTests {
    func file(_ bytes: [UInt8]) -> String {
        let path = DossierBinary.temporaryDirectory() + "/article.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func jsonLinesFromAFile() throws {
        let path = file(Array("Crews worked 16 hours a day, officials said.\n".utf8))
        let r = try ProcessRun.run(["extract", "--json", path])
        #expect(r.status == 0)
        #expect(r.stdout == #"{"start": 13, "end": 27, "text": "16 hours a day", "sentence": "1.1", "value": 16, "low": null, "high": null, "bound": null, "vague": null, "unit": "hour", "per": "day", "qualifier": null, "approximate": false, "counted": null, "about": "Crews worked", "hedges": ["said"], "source": "officials", "attribution": "stated"}"# + "\n")
    }

    @Test func aTableFromStandardInput() throws {
        let r = try ProcessRun.run(["extract", "-"], stdin: "They earn around $800 each month.")
        #expect(r.status == 0)
        // Columns: the widest cell of each, then two spaces.
        #expect(r.stdout == """
        sentence  quantity                value  unit       qualifier  source
        1.1       around $800 each month  800    USD/month  around     (unattributed)

        """)
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirPosition() throws {
        let r = try ProcessRun.run(["extract", file([0x41, 0x20, 0xC3, 0x28])])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not UTF-8 text (byte 3 of 4 does not decode)"))
        #expect(r.stdout.isEmpty)
    }

    @Test func aMissingFileIsExitStatusTwo() throws {
        let r = try ProcessRun.run(["extract", "/nonexistent/article.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot read /nonexistent/article.txt"))
    }
}
