@testable import Language
import Quantity
@testable import Session
import Testing

/// The checker on its own: every kind of error it reports, with the span it points at, and the
/// program it writes (one input per uncertain quantity, however often it is used).
@Suite struct CheckerTests {
    let s = TestStory.session()

    func check(_ input: String) throws(Diagnostic) -> (Evaluated, Program) {
        guard case .expression(let e)? = try Parser.parse(input) else { throw Diagnostic(.syntax, "not an expression") }
        let evaluator = Evaluator(units: s.state.units, session: s)
        let value = try evaluator.check(e)
        return (value, evaluator.builder.program)
    }

    func error(_ input: String) -> Diagnostic? {
        do throws(Diagnostic) { _ = try check(input); return nil } catch { return error }
    }

    // Each kind, with the span marked under the input (`^` from start to end).
    @Test(arguments: [
        ("nope + 1",                 "^^^^",              Diagnostic.Kind.unknownName, "no fact, variable or unit named `nope`"),
        ("3 zorks",                  "  ^^^^^",           .unknownUnit, "unknown unit `zorks`"),
        ("1 kg + 1 USD",             "^^^^^^^^^^^^",      .dimension, "cannot add a mass (kg) and an amount of money (USD): the dimensions differ"),
        ("1 / (2 - 2)",              "     ^^^^^",       .divisionByZero, "division by zero"),
        ("1 / (-1 to 1)",            "     ^^^^^^^",      .divisionByZero, "division by a range that contains zero"),
        ("1e300 * 1e300",            "^^^^^^^^^^^^^",     .overflow, "the result is too large to represent (beyond ±1.8e308)"),
        ("troops_sent * 2",          "^^^^^^^^^^^",       .vague, "`troops_sent` is vague in the article (“thousands”), so it has no number to compute with"),
        ("ratio(1 kg)",              "^^^^^^^^^^^",       .argument, "`ratio` is missing its argument `denominator`"),
        ("2 to 1",                   "^^^^^^",            .value, "a range must run from low to high"),
        ("2 ^ (1 to 2)",             "     ^^^^^^",       .value, "an exponent must be a single number, not a range"),
    ])
    func everyErrorKindHasItsSpan(input: String, marks: String, kind: Diagnostic.Kind, message: String) {
        let d = error(input)
        #expect(d?.kind == kind, "\(input)")
        #expect(d?.message == message, "\(input)")
        let start = marks.firstIndex(of: "^").map { marks.distance(from: marks.startIndex, to: $0) } ?? 0
        #expect(d?.span == SourceSpan(start, start + marks.filter { $0 == "^" }.count), "\(input)")
    }

    @Test func aNameUsedTwiceIsOneInput() throws {
        let (_, p) = try check("grain_need / grain_need * rice_offer - rice_offer * grain_need / grain_need")
        #expect(p.inputs.count == 2)
        #expect(p.inputs[0].key == .item(s.items.byId["grain_need"]!))
    }

    @Test func aRangeWrittenOnceIsOneInputAndTwoRangesAreTwo() throws {
        #expect(try check("(1 to 2) - (1 to 2)").1.inputs.count == 2)
        #expect(try check("2 * 3 + 4").1.inputs.isEmpty)
    }

    @Test func aVariableSharesItsInputsWithTheFactsItUses() throws {
        let (_, p) = try { () throws(Diagnostic) in
            _ = s.run("let g = grain_need")
            return try check("g - grain_need")
        }()
        #expect(p.inputs.count == 1)
    }

    @Test func theWorkBudgetStopsAnExpressionThatDoublesAtEachLevel() {
        _ = s.run("fn f0(x) = x + x")
        for i in 1...30 { _ = s.run("fn f\(i)(x) = f\(i - 1)(x) + f\(i - 1)(x)") }
        let d = error("f30(1)")
        #expect(d?.kind == .limit)
        #expect(d?.message == "the expression needs more than 1,000,000 steps")
    }

    @Test func ctrlCStopsTheCheckWithinAFewThousandSteps() {
        let interrupted = Session(story: TestStory.story, options: SessionOptions(isInterrupted: { true }))
        _ = interrupted.run("fn f0(x) = x + x")
        for i in 1...20 { _ = interrupted.run("fn f\(i)(x) = f\(i - 1)(x) + f\(i - 1)(x)") }
        guard case .failure(let d, _) = interrupted.run("f20(1)") else { Issue.record("not refused"); return }
        #expect(d.kind == .interrupted)
    }

    @Test func unitExponentsPastAHundredAreRefusedNotWrappedAround() {
        _ = s.run("unit u0 = 1 kg")
        for i in 1...6 { _ = s.run("unit u\(i) = u\(i - 1)*u\(i - 1)") }   // u6 is kg^64
        guard case .failure(let d, _) = s.run("unit u7 = u6*u6") else { Issue.record("kg^128 accepted"); return }
        #expect(d.kind == .limit)
        #expect(s.text("u6 / u6 * 2") == "2   (200%)")  // a ratio of like quantities
    }
}
