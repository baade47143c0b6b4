import Foundation
import Testing
@testable import Language

/// Conversions written with `to` (as Numbat and qalc read them), evaluated by Dossier and by GNU
/// units (the oracle), over generated amounts and units; a range's two ends are each checked.
/// The unit spellings and the oracle are `UnitsDifferentialTests`'.
@Suite struct UnitsToDifferentialTests {
    @Test func toConversionsAgreeWithGNUUnits() throws {
        guard UnitsDifferentialTests.unitsPath != nil else {
            Issue.record("GNU units is not installed; `make test` installs it (scripts/setup.sh --test)")
            return
        }
        let mass = UnitsDifferentialTests.mass, time = UnitsDifferentialTests.time
        var numbers = SeededNumbers(seed: 20261203)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let session = TestStory.session()
        var checked = 0
        for _ in 0..<50 {
            let a = numbers.amount()
            let c = a + Double(next(5000) + 1)
            let b = Double(next(500) + 1)
            let m1 = mass[next(mass.count)], m2 = mass[next(mass.count)]
            let t1 = time[next(time.count)], t2 = time[next(time.count)], t3 = time[next(time.count)]
            // (Dossier's input, and for each end of its result GNU units' `from` and `to`)
            let cases: [(String, [(String, String)])] = [
                ("\(a) \(m1.0) to \(m2.0)", [("\(a) \(m1.1)", m2.1)]),
                // a rate shown per another unit; the range binds tighter than `/`
                ("\(a) \(m1.0) / \(b) \(t1.0) to \(m2.0)/\(t2.0)", [("\(a) \(m1.1) / (\(b) \(t1.1))", "\(m2.1)/\(t2.1)")]),
                ("\(a) \(m1.0)/\(t1.0) * \(b) \(t3.0) to \(m2.0)", [("\(a) \(m1.1)/\(t1.1) * \(b) \(t3.1)", m2.1)]),
                // a range: its first `to` has a number after it, the second converts
                ("\(a) to \(c) \(m1.0)/\(t1.0) * \(b) \(t3.0) to \(m2.0)",
                 [("\(a) \(m1.1)/\(t1.1) * \(b) \(t3.1)", m2.1), ("\(c) \(m1.1)/\(t1.1) * \(b) \(t3.1)", m2.1)]),
            ]
            for (dossier, ends) in cases {
                let got = try session.display(dossier)
                for (k, (from, to)) in ends.enumerated() {
                    guard let expected = try UnitsDifferentialTests.oracle(from, to) else {
                        Issue.record("units could not evaluate \(from) -> \(to)")
                        continue
                    }
                    let end = k == 0 ? got.lo : got.hi
                    #expect(abs(end - expected) <= 1e-9 * abs(expected), "\(dossier): Dossier \(end), GNU units \(expected)")
                    checked += 1
                }
                if ends.count == 1 { #expect(got.isPoint, "\(dossier) is one amount") }
            }
        }
        #expect(checked == 250)
    }
}
