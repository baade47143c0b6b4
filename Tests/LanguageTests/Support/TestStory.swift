@testable import Language
import Quantity
@testable import Session
import Story

/// A small story with the built-in facts' shapes, so language tests do not depend on the data file.
enum TestStory {
    static let story: Story = {
        let facts = [
            Fact(id: "soldier_pay", value: .point(2000), unit: "USD/month", qualifier: "around", hedges: [Hedge(word: "reportedly", kind: .reportative)], line: 1),
            Fact(id: "troops_if_sent", value: .point(10000), unit: "", qualifier: "if 10,000 troops are sent", hedges: [Hedge(word: "if", kind: .conditional)], line: 2),
            Fact(id: "soldier_revenue_claim", value: .lowerBound(200e6, strict: true), unit: "USD/year", qualifier: "over", hedges: [Hedge(word: "could", kind: .possibility)], line: 3),
            Fact(id: "worker_pay", value: .point(800), unit: "USD/month", qualifier: "approximately", hedges: [], line: 4),
            Fact(id: "rice_offer", value: .range(600_000, 700_000), unit: "t", qualifier: nil, hedges: [], line: 5),
            Fact(id: "grain_production", value: .point(4e6), unit: "t/year", qualifier: "about", hedges: [], line: 6),
            Fact(id: "troops_sent", value: .vague("thousands"), unit: "", qualifier: nil, hedges: [Hedge(word: "reportedly", kind: .reportative)], line: 7),
        ]
        let assumptions = [Fact(id: "grain_need", value: .range(5.35e6, 5.75e6), unit: "t/year", qualifier: nil, hedges: [], line: 8)]
        let claims = [CheckableClaim(id: "soldier_revenue", formula: "soldier_pay * troops_if_sent -> USD/year", statedFactId: "soldier_revenue_claim", line: 9)]
        return Story(id: "test", title: "Test", outlet: "Outlet", author: "Author", facts: facts, assumptions: assumptions,
                     checkableClaims: claims, contentHash: "sha256:0")
    }()

    static func session() -> Session { Session(story: story) }
}

extension Session {
    /// Evaluates an expression and returns its quantity, or the diagnostic.
    func quantity(_ input: String) throws(Diagnostic) -> Quantity {
        guard let statement = try Parser.parse(input), case .expression(let e) = statement else {
            throw Diagnostic(.syntax, "not an expression")
        }
        return try Evaluator(units: state.units, session: self).eval(e).quantity
    }

    /// The value in display units.
    func display(_ input: String) throws(Diagnostic) -> Interval {
        try quantity(input).displayValue(in: state.units)
    }

    /// The unit as displayed.
    func unitText(_ input: String) throws(Diagnostic) -> String {
        try quantity(input).unit.render(in: state.units)
    }

    /// The text `run` prints (output or rendered error).
    func text(_ input: String) -> String {
        switch run(input) {
        case .output(let t): return t
        case .failure(_, let r): return r
        case .incomplete: return "(incomplete)"
        case .request(let r): return "\(r)"
        }
    }
}

/// Whether two numbers agree to a relative tolerance.
func close(_ a: Double, _ b: Double, _ rel: Double = 1e-9) -> Bool {
    abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)
}
