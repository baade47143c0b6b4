import BuiltinData
import Foundation
import Quantity
import Testing
@testable import Language
@testable import Session

/// Sessions start from the prelude's table of results (Sources/BuiltinData/prelude-units.table)
/// instead of parsing prelude.units: these prove the table holds exactly what parsing and
/// evaluating the prelude gives, for every unit, name and note. With DOSSIER_RECORD=1 the table
/// is written again from prelude.units (after changing the prelude).
@Suite struct PreludeTableTests {
    static let path: String = {
        let here = #filePath
        return String(here[..<here.range(of: "/Tests/LanguageTests/")!.lowerBound]) + "/Sources/BuiltinData/prelude-units.table"
    }()

    @Test func theTableIsWhatThePreludeGives() throws {
        let text = PreludeTable.text(of: Prelude.parsed, source: BuiltinPrelude.text)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" {
            try text.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        #expect(BuiltinPreludeTable.text == text,
                "prelude-units.table is not what prelude.units gives: record it with DOSSIER_RECORD=1 swift test --filter PreludeTableTests")
    }

    @Test func everyUnitReadsAsParsed() throws {
        let parsed = Prelude.parsed
        let read = try #require(PreludeTable.read(BuiltinPreludeTable.text, source: BuiltinPrelude.text))
        #expect(parsed.units.count >= 80)
        for table in [read, Prelude.units] {
            #expect(table.units.count == parsed.units.count)
            for (a, b) in zip(table.units, parsed.units) {
                #expect(a.symbol == b.symbol)
                #expect(a.factor.bitPattern == b.factor.bitPattern, "\(a.symbol): \(a.factor) against \(b.factor)")
                #expect(a.dimension == b.dimension, "\(a.symbol)")
                #expect(a.note == b.note, "\(a.symbol)")
            }
            #expect(table.names == parsed.names)
            for i in 0..<table.units.count {
                let index = Int32(i)
                #expect(table.factor(index).bitPattern == parsed.factor(index).bitPattern)
                #expect(table.dimension(index) == parsed.dimension(index) && table.hasNote(index) == parsed.hasNote(index))
            }
            #expect(table.nextCurrency == parsed.nextCurrency)
        }
    }

    /// A table made from another prelude (one edited since, the table not recorded again) is not
    /// used: the session parses the prelude instead, so a stale table never changes a unit.
    @Test func aTableOfAnotherPreludeIsNotUsed() {
        let edited = BuiltinPrelude.text + "unit furlong = 201.168 m\n"
        #expect(PreludeTable.read(BuiltinPreludeTable.text, source: edited) == nil)
        #expect(PreludeTable.read(BuiltinPreludeTable.text, source: BuiltinPrelude.text) != nil)
        #expect(PreludeTable.fingerprintLine(of: "a") != PreludeTable.fingerprintLine(of: "b"))
        #expect(PreludeTable.fingerprintLine(of: "").count == PreludeTable.fingerprintLine(of: edited).count)
    }

    @Test func thePreludeParsesWithoutErrors() {
        var table = UnitTable()
        let failures = Prelude.load(BuiltinPrelude.text, into: &table, allowBaseUnits: true)
        #expect(failures.isEmpty, "\(failures.map { "prelude.units:\($0.0): \($0.1.message)" })")
    }

    /// A unit the table holds means in a session what the parsed prelude makes it mean.
    @Test func sessionsShowTheSameUnits() {
        let session = TestStory.session()
        #expect(session.text("1 ton") == "1 ton\n  note: ton is read as the metric tonne (1,000 kg), not the US short ton or the long ton")
        // 365.2425 × 86,400 / 12 = 2,629,746 s, shown to six digits.
        #expect(session.text("1 month -> s") == "2,629,750 s   (2.63 million)")
        // 3 × 453.59237 g = 1,360.77711 g.
        #expect(session.text("3 lb -> g") == "1,360.78 g")
        #expect(session.text("2 won") == "2 won\n  note: won is read as the South Korean won (KRW); North Korea's won is KPW")
    }

    @Test func aBrokenTableIsRefused() {
        let source = "unit USD : Money\n"
        func read(_ lines: String) -> UnitTable? { PreludeTable.read(PreludeTable.fingerprintLine(of: source) + "\n" + lines, source: source) }
        #expect(read("# only a comment\n") == nil)
        #expect(read("USD\tone\t1,0,0,0,0,0\tusd\n") == nil)
        #expect(read("USD\t1.0\t1,0,0\tusd\n") == nil)
        #expect(read("USD\t1.0\n") == nil)
        #expect(read("USD\t1.0\t1,0,0,0,0\tusd\n") == nil)                    // five numbers: a table from before temperature
        #expect(read("USD\t1.0\t1,0,0,0,0,0,0\tusd\n") == nil)
        #expect(read("USD\t1.0\t1,0,--1,0,0,0\tusd\n") == nil)
        #expect(read("USD\t1.0\t1,0,101,0,0,0\tusd\n") == nil)
        #expect(read("USD\t1.0\t1,0,0,0,101,0\tusd\n") == nil)
        let table = read("USD\t1.0\t1,0,0,0,0,0\tusd dollar\nwon\t1.0\t1,0,0,0,0,5\t\ta note\n")
        #expect(table?.units.count == 2 && table?.lookup("dollar") == 0 && table?[1].note == "a note" && table?[0].note == nil)
    }
}
