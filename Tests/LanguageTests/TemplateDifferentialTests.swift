@testable import Language
@testable import Session
import Testing

/// Inputs of one shape reuse a compiled form (`TemplateCache`): these run generated inputs through
/// a session that caches and a session whose cache is emptied before every input, and require the
/// same output — results, provenance lines and error messages — for every one.
struct TemplateDifferentialTests {
    /// Shapes with `#` where a number goes: units, scale words, ranges, open bounds, percentages,
    /// dollars, conversions, facts, variables, calls and powers (the last three are not compiled).
    static let shapes = [
        "# USD/month * 12 month * #",
        "#USD/month*12month*#",
        "# USD/month * # month * # -> USD/year",
        "# t / # - # t",
        "(# to #) * # month",
        "# to # t",
        "-# kg + # g",
        "#% * # USD",
        "$# * #",
        "soldier_pay * # month",
        "rice_offer / # t",
        "soldier_revenue_claim * # year",
        "grain_need / (# t/year)",
        "x * # + #",
        "# / (# - #)",
        "# ^ #",
        "# m^2 * #",
        "# million USD / # person",
        "revenue(pay: # USD/month, workers: #)",
        "# USD/month in USD/year",
        "# kg -> # kg",
        "# USD + # t",
        "(# to #) / (# to #)",
        "# * # * # * # * #",
    ]

    static let numbers = ["0", "1", "2", "12", "0.5", "7.25", "1,200", "10_000", "1e3", "2.5e-3", "999,999", "1e308", "5e307", "3", "400"]

    @Test func cachedAndUncachedSessionsAgree() {
        let cached = Session(story: TestStory.story)
        let fresh = Session(story: TestStory.story)
        for s in [cached, fresh] { _ = s.run("let x = 3 USD") }
        var rng: UInt64 = 0xDEAD_BEEF_CAFE_F00D
        var compiled = 0
        for round in 0..<6_000 {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            let shape = Self.shapes[Int(rng >> 33) % Self.shapes.count]
            var input = ""
            for c in shape {
                if c == "#" {
                    rng = rng &* 6364136223846793005 &+ 1442695040888963407
                    input += Self.numbers[Int(rng >> 35) % Self.numbers.count]
                } else {
                    input.append(c)
                }
            }
            let before = cached.templates.isEmpty
            let a = cached.run(input)
            fresh.templates.removeAll()
            let b = fresh.run(input)
            #expect(a == b, "\(input)")
            if !before { compiled += 1 }
            // Now and then the state changes, which must empty the cache.
            if round % 997 == 0 {
                for s in [cached, fresh] { _ = s.run("let x = \(round) USD") }
                #expect(cached.templates.isEmpty)
            }
        }
        #expect(compiled > 4_000)
    }

    @Test func aChangedNameIsNotServedFromTheCache() {
        let session = Session(story: TestStory.story)
        #expect(session.run("2 USD * 3") == .output("6 USD"))
        #expect(session.run("4 USD * 3") == .output("12 USD"))
        _ = session.run("let y = 5 t")
        #expect(session.run("y * 2") == .output("10 t"))
        _ = session.run("let y = 7 t")
        #expect(session.run("y * 2") == .output("14 t"))
        _ = session.run(":assume soldier_pay = 1000 USD/month")
        let assumed = session.run("soldier_pay * 2 month")
        _ = session.run(":assume soldier_pay = 3000 USD/month")
        let reassumed = session.run("soldier_pay * 2 month")
        guard case .output(let first) = assumed, case .output(let second) = reassumed else {
            Issue.record("unexpected outcome")
            return
        }
        #expect(first.hasPrefix("2,000 USD"))
        #expect(second.hasPrefix("6,000 USD"))
    }

    @Test func errorsFromACompiledShapeKeepTheirSpans() {
        let session = Session(story: TestStory.story)
        _ = session.run("6 USD / 2")
        _ = session.run("8 USD / 4")
        guard case .failure(let d, _) = session.run("10 USD / 0") else {
            Issue.record("division by zero did not fail")
            return
        }
        #expect(d.kind == .divisionByZero)
        #expect(d.span == SourceSpan(9, 10))
    }
}
