import Foundation
import Testing
@testable import Language

/// Generated mass and time expressions, evaluated by Dossier and by GNU units (the oracle).
/// GNU units' own `year` is the tropical year, so Dossier's Gregorian year and month are spelled
/// `gregorianyear` and `gregorianyear/12` for it.
@Suite struct UnitsDifferentialTests {
    /// Dossier's name and GNU units' spelling of the same unit.
    static let mass: [(String, String)] = [("kg", "kg"), ("g", "g"), ("t", "tonne"), ("kt", "(1000 tonne)"), ("Mt", "(1e6 tonne)"), ("lb", "lb")]
    static let time: [(String, String)] = [("s", "s"), ("minute", "minute"), ("hour", "hour"), ("day", "day"), ("week", "week"),
                                           ("month", "(gregorianyear/12)"), ("year", "gregorianyear")]

    static var unitsPath: String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/units") {
            return dir + "/units"
        }
        return nil
    }

    static func oracle(_ from: String, _ to: String) throws -> Double? {
        guard let path = unitsPath else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-t", "-d", "15", from, to]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func generatedExpressionsAgreeWithGNUUnits() throws {
        guard Self.unitsPath != nil else {
            Issue.record("GNU units is not installed; `make test` installs it (scripts/setup.sh --test)")
            return
        }
        var numbers = SeededNumbers(seed: 20261129)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let session = TestStory.session()
        var checked = 0
        for _ in 0..<60 {
            let a = numbers.amount()
            let b = Double(next(500) + 1)
            let m1 = Self.mass[next(Self.mass.count)], m2 = Self.mass[next(Self.mass.count)]
            let t1 = Self.time[next(Self.time.count)], t2 = Self.time[next(Self.time.count)], t3 = Self.time[next(Self.time.count)]
            let cases: [(String, String, String)] = [
                // a mass converted
                ("\(a) \(m1.0) -> \(m2.0)", "\(a) \(m1.1)", m2.1),
                // a rate: mass per time, shown per another time
                ("\(a) \(m1.0) / \(b) \(t1.0) -> \(m2.0)/\(t2.0)", "\(a) \(m1.1) / (\(b) \(t1.1))", "\(m2.1)/\(t2.1)"),
                // a rate times a time is a mass
                ("\(a) \(m1.0)/\(t1.0) * \(b) \(t3.0) -> \(m2.0)", "\(a) \(m1.1)/\(t1.1) * \(b) \(t3.1)", m2.1),
                // a time in another time
                ("\(b) \(t1.0) -> \(t2.0)", "\(b) \(t1.1)", t2.1),
            ]
            for (dossier, from, to) in cases {
                guard let expected = try Self.oracle(from, to) else {
                    Issue.record("units could not evaluate \(from) -> \(to)")
                    continue
                }
                let got = try session.display(dossier)
                #expect(got.isPoint && abs(got.lo - expected) <= 1e-9 * abs(expected), "\(dossier): Dossier \(got.lo), GNU units \(expected)")
                checked += 1
            }
        }
        #expect(checked == 240)
    }
}

/// A reproducible stream of small numbers for generated test inputs (a 64-bit LCG).
struct SeededNumbers {
    var seed: UInt64

    /// A number in 0 ..< n.
    mutating func next(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }

    /// An amount from 0.01 to 9,000 with up to two decimals.
    mutating func amount() -> Double {
        Double(next(9000) + 1) / Double([1, 10, 100][next(3)])
    }
}
