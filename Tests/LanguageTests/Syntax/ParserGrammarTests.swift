import Testing
@testable import Language

/// Issue 12's grammar, as trees: `to` that converts, ranges that bind tighter than `*` and `/`,
/// shorthand numbers, currency signs and `per`.
@Suite struct ParserGrammarTests {
    func parse(_ input: String) throws(Diagnostic) -> Expr {
        guard case .expression(let e)? = try Parser.parse(input) else { fatalError("not an expression: \(input)") }
        return e
    }

    @Test func toWithNoNumberAfterItConverts() throws {
        guard case .convert(.withUnit(.number(500, _), "g", _, 1, _), .name("kg", _), _) = try parse("500 g to kg") else {
            Issue.record("not a conversion"); return
        }
        // An exponent is not a number that makes a range.
        guard case .convert(.name("x", _), .binary(.power, .name("m", _), .number(2, _), _, _), _) = try parse("x to m^2") else {
            Issue.record("an exponent made a range"); return
        }
        guard case .range(.name("x", _), .withUnit(.number(1, _), "m", _, 2, _), _) = try parse("x to 1 m^2") else {
            Issue.record("a number after `to` makes a range"); return
        }
        guard case .convert(.name("x", _), .binary(.divide, .name("USD", _), .name("day", _), _, _), _) = try parse("x to USD/day") else {
            Issue.record("not a conversion to a unit expression"); return
        }
    }

    @Test func rangeBindsTighterThanTimes() throws {
        // (1800 to 2200 USD) / month * (12 month)
        guard case .binary(.multiply, .binary(.divide, .range(.number(1800, _), .withUnit(.number(2200, _), "USD", _, 1, _), _), .name("month", _), _, _),
                           .withUnit(.number(12, _), "month", _, 1, _), _, _) = try parse("1800 to 2200 USD/month * 12 month") else {
            Issue.record("wrong tree"); return
        }
        // ((8000 to 12000) * (2000 USD)) / month
        guard case .binary(.divide, .binary(.multiply, .range(.number(8000, _), .number(12000, _), _), .withUnit, _, _), .name("month", _), _, _)
                = try parse("8000 to 12000 * 2000 USD/month") else {
            Issue.record("wrong tree"); return
        }
        guard case .range(.number(1800, _), .number(2200, _), _) = try parse("1800..2200") else { Issue.record("`..` is not a range"); return }
    }

    @Test func bracketTakesAScaleAndAUnit() throws {
        guard case .withUnit(.range, "USD", _, 1, _) = try parse("(1800 to 2200) USD") else { Issue.record("wrong tree"); return }
        guard case .withUnit(.binary(.multiply, .range, .number(1000, _), _, _), "t", _, 1, _) = try parse("(600 to 700) thousand t") else {
            Issue.record("wrong tree"); return
        }
    }

    @Test func shorthandAndSigns() throws {
        guard case .number(2000, let span) = try parse("2k") else { Issue.record("2k"); return }
        #expect(span == SourceSpan(0, 2))
        guard case .number(1.5e9, _) = try parse("1.5bn") else { Issue.record("1.5bn"); return }
        guard case .withUnit(.number(200, _), "m", _, 1, _) = try parse("200m") else { Issue.record("200m is 200 metres"); return }
        guard case .withUnit(.number(2e8, _), "USD", _, 1, _) = try parse("$200m") else { Issue.record("$200m"); return }
        guard case .withUnit(.number(5, _), "EUR", _, 1, _) = try parse("€5") else { Issue.record("€5"); return }
        guard case .binary(.divide, .withUnit(.number(2000, _), "USD", _, 1, _), .name("month", _), _, _) = try parse("$2,000 per month") else {
            Issue.record("per"); return
        }
        guard case .convert(_, .binary(.multiply, .name("million", _), .name("USD", _), _, _), _) = try parse("x -> million USD") else {
            Issue.record("scale target"); return
        }
    }

    @Test func yenSignIsAmbiguous() {
        do throws(Diagnostic) {
            _ = try parse("¥5")
            Issue.record("¥ accepted")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.span == SourceSpan(0, 2))
        }
    }
}
