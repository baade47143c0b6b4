@testable import Story
import Testing

/// `QuoteIndex` finds exactly what searching each quote alone (`Article.occurrences`) finds.
@Suite struct QuoteIndexTests {
    @Test func agreesWithTheSearchOfEachQuoteAlone() {
        var state: UInt64 = 2026
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("ab ’c")  // few letters: many repeats, overlaps and prefixes shared
        for round in 0..<40 {
            let text = String((0..<(50 + next(400))).map { _ in alphabet[next(alphabet.count)] })
            let scalars = Array(text.unicodeScalars)
            var quotes = Set<String>()
            for _ in 0..<30 {
                let length = 1 + next(12)
                if next(4) == 0 {
                    quotes.insert(String((0..<length).map { _ in alphabet[next(alphabet.count)] }))
                } else {
                    let start = next(max(1, scalars.count - length))
                    var q = String.UnicodeScalarView()
                    q.append(contentsOf: scalars[start..<min(scalars.count, start + length)])
                    quotes.insert(String(q))
                }
            }
            let article = Article(title: "", sentences: [text], paragraphStarts: [0], byline: nil, ascii: false)
            let index = QuoteIndex(quotes: quotes, text: article.text)
            for q in quotes {
                #expect(index.hits[q] == article.occurrences(of: q), "round \(round): `\(q)`")
            }
        }
    }
}
