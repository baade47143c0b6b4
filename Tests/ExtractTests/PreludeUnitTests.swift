import BuiltinData
import Testing
@testable import Extract

/// Every unit the extractor writes can be computed with: it is defined in the prelude, or it is
/// one of the story format's words for plain numbers (`count`, `%`, `pp`, and `x` written `times`),
/// or one of the few the prelude cannot hold.
@Test func everyExtractedUnitIsDefinedInThePrelude() {
    var defined: Set<String> = ["count", "%", "pp", "x", "km/h"]
    for line in BuiltinPrelude.text.split(separator: "\n") where line.hasPrefix("unit ") {
        let names = line.dropFirst(5).prefix { $0 != "=" && $0 != ":" }
        for name in names.split(separator: ",") { defined.insert(name.trimmingSpaces) }
    }
    // No base dimension holds temperature, angles or data sizes; a cent or penny names no currency.
    let notDefinable: Set<String> = ["degC", "degF", "deg", "rad", "MB", "GB", "TB", "Mbit", "cent", "penny"]
    // A scaled unit (`USD 1e6`, for `MUSD`) is its unit.
    let units = Set(Lexicon.english.units.allValues.map { String($0.split(separator: " ")[0]) })
    let missing = units.filter { !defined.contains($0) && !notDefinable.contains($0) }
    #expect(missing.isEmpty, "units the prelude lacks: \(missing.sorted())")
}
