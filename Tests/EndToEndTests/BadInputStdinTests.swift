import Foundation
import Testing

/// The bad-input corpus on standard input and in `dossier run FILE` (script mode): each case is a
/// clear error naming its line, with exit status 1; nothing crashes or hangs.
@Suite struct BadInputStdinTests {
    /// Runs `bytes` + LF on stdin and checks the refusal.
    func refuses(_ c: BadInputCorpus.Case) throws {
        let r = try ProcessRun.run([], input: Data(c.bytes + [0x0A]))
        #expect(r.status == 1, "\(c.name): exit \(r.status)")
        #expect(r.stderr.hasPrefix("error["), "\(c.name): \(r.stderr.debugDescription)")
        #expect(r.stderr.contains("--> <stdin>:1"), "\(c.name): the error names no line")
    }

    @Test(arguments: BadInputCorpus.handMade.map(\.name))
    func handMadeCaseOnStdin(_ name: String) throws {
        try refuses(BadInputCorpus.handMade.first { $0.name == name }!)
    }

    @Test func randomBytesOnStdin() throws {
        for c in BadInputCorpus.random(count: 8, seed: 11) {
            let r = try ProcessRun.run([], input: Data(c.bytes))
            #expect(r.status == 1 || r.status == 2, "\(c.name): exit \(r.status)")
            #expect(r.stderr.contains("error["), "\(c.name): no error printed")
        }
    }

    @Test func aRunFileStopsAtTheBadLineNamingIt() throws {
        let dir = DossierBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (i, c) in BadInputCorpus.handMade.enumerated() where i % 3 == 0 {
            let path = BadInputCorpus.write(Array("6 * 7\n".utf8) + c.bytes + Array("\n1 + 1\n".utf8), named: "bad\(i).dos", in: dir)
            let r = try ProcessRun.run(["run", path])
            #expect(r.status == 1, "\(c.name): exit \(r.status)")
            #expect(r.stdout == "42\n", "\(c.name): \(r.stdout.debugDescription)")
            #expect(r.stderr.contains("--> \(path):2"), "\(c.name): \(r.stderr.debugDescription)")
        }
    }

    @Test func anEmptyOrBlankInputIsNotAnError() throws {
        // The other side of the line: nothing to run is not a failure.
        #expect(try ProcessRun.run([], input: Data()).status == 0)
        #expect(try ProcessRun.run([], input: Data("\n  \n# a comment\n".utf8)).status == 0)
    }
}
