import Testing
@testable import Language

/// The parser on its own: trees, spans, and the depth it refuses, counted on the way down.
@Suite struct ParserTests {
    func parse(_ input: String) throws(Diagnostic) -> Expr {
        guard case .expression(let e)? = try Parser.parse(input) else { fatalError("not an expression: \(input)") }
        return e
    }

    func error(_ input: String) -> Diagnostic? {
        do throws(Diagnostic) { _ = try Parser.parse(input); return nil } catch { return error }
    }

    @Test func spansCoverTheirInput() throws {
        //          0123456789
        let e = try parse("2 * (3 + x)")
        guard case .binary(.multiply, let l, let r, let op, let span) = e else { Issue.record("not a product"); return }
        #expect(span == SourceSpan(0, 10))   // the bracket is not part of the sum's node
        #expect(op == SourceSpan(2, 3))
        #expect(l.span == SourceSpan(0, 1))
        #expect(r.span == SourceSpan(5, 10))
    }

    @Test func aFunctionsSourceRunsToItsLastToken() throws {
        // A body ending in a bracket keeps it (the bracketed node's span leaves it out).
        guard case .function(_, _, _, _, let source)? = try Parser.parse("fn part(u, v) = u / (u + v)") else { Issue.record("not a function"); return }
        #expect(source == "u / (u + v)")
        guard case .function(_, _, _, _, let plain)? = try Parser.parse("fn twice(x) = 2 * x  ") else { Issue.record("not a function"); return }
        #expect(plain == "2 * x")
    }

    @Test func powerIsRightAssociativeAndTighterThanMinus() throws {
        guard case .negate(.binary(.power, .number(2, _), .binary(.power, _, _, _, _), _, _), _) = try parse("-2^3^2") else {
            Issue.record("wrong tree"); return
        }
    }

    @Test(arguments: [
        String(repeating: "-", count: 400) + "1",                       // 400 signs: refused (depth counts the operand too)
        String(repeating: "2^", count: 400) + "1",
        String(repeating: "-", count: 30_000) + "1",                    // never reaches the stack's end
        String(repeating: "2^", count: 30_000) + "1",
        String(repeating: "-(", count: 150) + String(repeating: "-", count: 110) + "1" + String(repeating: ")", count: 150),  // 300 + 110
    ])
    func deepInputIsRefusedOnTheWayDown(input: String) {
        let d = error(input)
        #expect(d?.kind == .limit)
        #expect(d?.message == "the expression is more than 400 operations deep")
    }

    @Test func depthJustUnderTheLimitParses() throws {
        _ = try parse(String(repeating: "-", count: 398) + "1")
        _ = try parse(String(repeating: "2^", count: 398) + "1")
    }

    @Test func theDepthErrorPointsWhereTheLimitWasPassed() {
        let input = String(repeating: "-", count: 500) + "1"
        #expect(error(input)?.span == SourceSpan(400, 401))  // the 401st sign
    }

    @Test(arguments: [
        ("1 +", Diagnostic.Kind.syntax, "expected a number, a name or `(`, found the end of the input"),
        ("1 2", .syntax, "expected an operator or the end of the input, found `2`"),
        ("1)", .syntax, "unmatched `)`"),
        ("fn f(x, x) = x", .syntax, "parameter `x` is named twice"),
        ("3 kg^1000", .syntax, "a unit's power must be a whole number up to 100"),
    ])
    func syntaxErrorsSayWhatWasExpected(input: String, kind: Diagnostic.Kind, message: String) {
        let d = error(input)
        #expect(d?.kind == kind)
        #expect(d?.message == message)
    }
}
