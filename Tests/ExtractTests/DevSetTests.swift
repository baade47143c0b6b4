import Testing
@testable import Extract

#if canImport(Glibc)
import Glibc
#endif

/// The hand-labelled development texts: every gold span is found exactly, and nothing else.
/// (`scripts/score-extract.py` scores the other fields; this keeps the spans from regressing in `swift test`.)
@Suite struct DevSetTests {
    static let folder = String(#filePath.dropLast("DevSetTests.swift".count)) + "DevSet/"

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(validating: bytes, as: UTF8.self)
    }

    @Test(arguments: ["01-conscript-pay.txt", "02-wheat-harvest.txt", "03-bonuses.txt", "04-kharkiv-strike.txt",
                      "05-energy.txt", "06-grain-corridor.md", "07-city-budget.txt", "08-heatwave.txt"])
    func goldSpansAreFoundExactly(name: String) throws {
        let text = try #require(Self.read(Self.folder + name))
        let stem = name.split(separator: ".").first!
        let gold = try #require(Self.read(Self.folder + stem + ".gold"))
        let spans = gold.split(separator: "\n").map { String($0.split(separator: " | ").first!) }
        #expect(Extractor().extract(text).map(\.text) == spans)
    }
}
