import Testing
import Language
import Story

@Test func smoke() {
    let facts = [
        Fact(id: "soldier_pay", value: .point(2000), unit: "USD/month", qualifier: "around", hedges: [Hedge(word: "reportedly", kind: .reportative)], line: 1),
        Fact(id: "troops_if_sent", value: .point(10000), unit: "", qualifier: "if", hedges: [], line: 2),
        Fact(id: "soldier_revenue_claim", value: .lowerBound(200e6, strict: true), unit: "USD/year", qualifier: "over", hedges: [], line: 3),
        Fact(id: "rice_offer", value: .range(600000, 700000), unit: "t", qualifier: nil, hedges: [], line: 4),
        Fact(id: "grain_production", value: .point(4e6), unit: "t/year", qualifier: "about", hedges: [], line: 5),
        Fact(id: "troops_sent", value: .vague("thousands"), unit: "", qualifier: nil, hedges: [], line: 6),
    ]
    let assumptions = [Fact(id: "grain_need", value: .range(5.35e6, 5.75e6), unit: "t/year", qualifier: nil, hedges: [], line: 7)]
    let story = Story(id: "t", title: "T", outlet: "O", author: "A", facts: facts, assumptions: assumptions,
                      checkableClaims: [CheckableClaim(id: "c", formula: "soldier_pay * troops_if_sent -> USD/year", statedFactId: "soldier_revenue_claim", line: 8)], contentHash: "")
    let s = Session(story: story)
    for line in ["soldier_pay * 10000 * 12 month", "soldier_pya * 2", "troops_sent * 2000 USD/month", "troops_sent",
                 "rice_offer / deficit(need: 5.5 Mt, supply: grain_production * 1 year)",
                 "rice_offer / ((grain_need - grain_production) * 1 year)",
                 ":check", ":assume troops_sent = 2000 to 10000", "troops_sent * soldier_pay * 1 year", ":vars",
                 ":table t in 5000, 10000, 20000: revenue(t, soldier_pay, 1 year)",
                 ":table y in 1, 2, 3: project(240 million USD/year, y, 5%)",
                 ":simulate (8000 to 12000) * (1800 to 2200) * 12", ":simulate --samples 1000 rice_offer - rice_offer",
                 ":help", ":help simulate", ":hepl", "let x = (1 +", ":set digits 3", "2/3", "deficit_ratio(grain_need, grain_production)"] {
        print("> \(line)")
        switch s.run(line) {
        case .output(let t): print(t)
        case .failure(_, let r): print(r)
        case .incomplete: print("(incomplete)")
        case .request(let r): print(r)
        }
    }
}
