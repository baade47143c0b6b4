import BuiltinData
import Testing
@testable import Extract

/// Every unit the extractor writes can be computed with: it is defined in the prelude, or it is
/// money (defined with its rate by the currency block), or one of the few the prelude cannot hold.
@Test func everyExtractedUnitIsDefinedInThePrelude() {
    var defined: Set<String> = ["count", "%", "km/h"]
    for line in BuiltinPrelude.text.split(separator: "\n") where line.hasPrefix("unit ") {
        let names = line.dropFirst(5).prefix { $0 != "=" && $0 != ":" }
        for name in names.split(separator: ",") { defined.insert(name.trimmingSpaces) }
    }
    // Money (ISO codes, cents, pence, satoshis): the currency block's; no base dimension holds
    // temperature, angles, data sizes, "times" or percentage points.
    let notDefinable: Set<String> = ["degC", "degF", "deg", "rad", "MB", "GB", "TB", "Mbit", "x", "pp", "cent", "penny", "satoshi"]
    // A scaled unit (`USD 1e6`, for `MUSD`) is its unit.
    let units = Set(Lexicon.english.units.allValues.map { String($0.split(separator: " ")[0]) })
    let missing = units.filter { !defined.contains($0) && !notDefinable.contains($0) && !($0.count == 3 && $0.allSatisfy(\.isUppercase)) }
    #expect(missing.isEmpty, "units the prelude lacks: \(missing.sorted())")
}
