import Testing
import Language
import Story

@Test func smoke() {
    let story = Story(id: "t", title: "T", outlet: "O", author: "A", facts: [], assumptions: [], checkableClaims: [], contentHash: "")
    let s = Session(story: story)
    for line in ["6*7", "2000 USD/month * 12 month * 10000", "3 t + 2 month", "1/0", "1 / (-1 to 1)", "5 flurbs", "10^400", "2 * (3 + )",
                 "(8000 to 12000) * (1800 to 2200) * 12", "(-2 to 3) * (4 to 5)", "600,000 to 700,000 t", "2000 USD/month -> USD/year",
                 "let a = 2000 USD/month * 12 month", "a * 10", "40 kg / 3 week", "4 million t/year * 1 month", "15%", "$2,000 * 3",
                 "1 ton", "revenue(10_000, 2000 USD/month, 1 year)", "project(240 million USD/year, 5, 10%)", "coverage(600,000 to 700,000 t, 1.5 Mt)",
                 "fn annual(x) = x * 12 month", "annual(2000 USD/month)", "unit KRW = USD / 1380", "1000000 KRW -> USD", "-2^2", "2^-1", "1e400"] {
        print("> \(line)")
        switch s.run(line) {
        case .output(let t): print(t)
        case .failure(_, let r): print(r)
        case .incomplete: print("(incomplete)")
        case .request(let r): print(r)
        }
    }
}
