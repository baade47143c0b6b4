import BuiltinData
import Quantity

/// The built-in unit definitions (Sources/BuiltinData/prelude.units), read once per process.
package enum Prelude {
    /// The prelude's units, read from the table of its results (`PreludeTable`, which the tests
    /// check unit by unit against `parsed`); parsed when that table was made from another prelude.
    package static let units: UnitTable = PreludeTable.read(BuiltinPreludeTable.text, source: BuiltinPrelude.text) ?? parsed

    /// The prelude's units as parsing and evaluating `prelude.units` gives them. The prelude ships
    /// with the binary and is tested, so a failure here is a build defect; it leaves the units
    /// read so far.
    static var parsed: UnitTable {
        var table = UnitTable()
        // Room for the prelude's units and their spellings (about four names a unit).
        table.reserve(units: 256, names: 1024)
        _ = load(BuiltinPrelude.text, into: &table, allowBaseUnits: true)
        return table
    }

    /// Runs each `unit` line of `text` into `table`; returns the diagnostics of lines that failed,
    /// with their 1-based line numbers.
    static func load(_ text: String, into table: inout UnitTable, allowBaseUnits: Bool) -> [(Int, Diagnostic)] {
        var failures: [(Int, Diagnostic)] = []
        var lineNumber = 0
        // Lines split on bytes: splitting a String by Characters costs more than the parsing.
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let s = String(Substring(line))
            // Blank and comment lines hold nothing (parsing them would only build an error).
            let trimmed = s.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do throws(Diagnostic) {
                guard let statement = try Parser.parse(s, allowBaseUnits: allowBaseUnits) else {
                    throw Diagnostic(.syntax, "unclosed bracket")
                }
                switch statement {
                case .unit(let names, let definition, let note):
                    _ = try UnitDefiner.define(names: names, definition: definition, note: note, in: &table, session: nil)
                case .expression(.number), .expression(.name):
                    // A bare number or name defines nothing and is let through.
                    break
                default:
                    throw Diagnostic(.syntax, "the prelude holds only `unit` definitions")
                }
            } catch {
                failures.append((lineNumber, error))
            }
        }
        return failures
    }
}
