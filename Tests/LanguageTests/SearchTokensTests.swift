import BuiltinStory
import Testing
@testable import Language
import Story

/// `:search` splits ASCII text into words on bytes; these pin that split by hand and against the
/// Unicode-property split it stands in for.
struct SearchTokensTests {
    @Test func wordsByHand() {
        let words = StorySearch.tokens("Russia’s offer").map(\.text)
        #expect(words == ["russia", "s", "offer"])
        let ascii = StorySearch.tokens("Earning $2,000 per month, 4.5 Mt.")
        #expect(ascii.map(\.text) == ["earning", "2,000", "per", "month", "4.5", "mt"])
        #expect(ascii.map(\.start) == [0, 9, 15, 19, 26, 30])
    }

    @Test func asciiSplitMatchesTheUnicodeSplit() {
        let alphabet = Array("aZ09 ,.-_$'\"()Mt\t".utf8)
        var state: UInt64 = 12345
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let fast = StorySearch.asciiTokens(text), slow = StorySearch.unicodeTokens(text)
            #expect(fast?.map(\.text) == slow.map(\.text), "\(text)")
            #expect(fast?.map(\.start) == slow.map(\.start) && fast?.map(\.end) == slow.map(\.end), "\(text)")
        }
    }
}

/// `:search` scores every item of a story through `StorySearch.Scorer`, which reads bytes; these
/// pin its scores by hand and against `StorySearch.score`, the plain reading it stands in for.
struct SearchScoreTests {
    func scorer(_ query: String) -> StorySearch.Scorer {
        StorySearch.Scorer(terms: Array(Set(StorySearch.tokens(query).map(\.text))).sorted(), phrase: query.lowercased())
    }

    @Test func scoresByHand() {
        var one = scorer("satellite")
        // "satellite" and "satellites" match (10, then 1 more); "sat" does not start with the term
        #expect(one.score("Satellite satellites sat") == 11)
        var two = scorer("satellite sat")
        // sat: all three words (12); satellite: two (11); the phrase "satellite sat" is there (20)
        #expect(two.score("Satellite satellites sat") == 43)
        // an item's texts are joined by spaces: sat matches two words (11), satellite one (10),
        // and "satellite sat" is a phrase across them only in that order
        #expect(two.score("satellite", "sat") == 11 + 10 + 20)
        #expect(two.score("sat", "satellite") == 11 + 10)
        #expect(two.score("satellites", "sat") == 11 + 10)
        var number = scorer("2,000")
        #expect(number.score("earn about $2,000 a month") == 10)
        #expect(number.score("earn about $2000 a month") == 0)
        var apostrophe = scorer("russia offer")
        // "Russia’s" is the words "russia" and "s"; the phrase "russia offer" is not there
        #expect(apostrophe.score("Russia’s offer") == 20)
        #expect(apostrophe.score("Russia offer", "Russia’s") == 11 + 10 + 20)
        var id = scorer("rice")
        // an id's underscore splits words: rice_offer is "rice" and "offer"
        #expect(id.score("rice_offer", "rice offered", "Rice") == 12)
        var accented = scorer("café")
        #expect(accented.score("Café culture, cafés") == 11)
        #expect(accented.score("cafe") == 0)
    }

    /// Random texts and queries over an alphabet with the awkward cases: capitals, digits with
    /// `,` and `.`, a curly apostrophe, precomposed and combining accents, the Kelvin sign (which
    /// lower-cases to `k`), a CR, and a dotted capital I (which lower-cases to two scalars).
    @Test func scorerMatchesThePlainScore() {
        let pieces = ["a", "b", "K", "k", "Rice", "rice", "ri", "2", "0", ",", ".", " ", "  ", "’", "'", "é", "e\u{301}", "\u{212A}", "\r", "\u{130}", "-", "_", "x9"]
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        func text(_ length: Int) -> String { (0..<length).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<3000 {
            let query = text(1 + next(4))
            let terms = Array(Set(StorySearch.tokens(query).map(\.text))).sorted()
            guard !terms.isEmpty else { continue }
            var scorer = StorySearch.Scorer(terms: terms, phrase: query.lowercased())
            let a = text(next(12)), b = text(next(12)), c = text(next(12))
            #expect(scorer.score(a) == StorySearch.score(a, terms, query.lowercased()), "\(query) in \(a)")
            #expect(scorer.score(a, b) == StorySearch.score(a + " " + b, terms, query.lowercased()), "\(query) in \(a) | \(b)")
            #expect(scorer.score(a, b, c) == StorySearch.score([a, b, c].joined(separator: " "), terms, query.lowercased()), "\(query) in \(a) | \(b) | \(c)")
        }
    }

    /// Every item of the built-in story (curly quotes and all) scores as the plain reading says.
    @Test func builtInStoryScoresUnchanged() throws {
        let story = try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)
        for query in ["satellite", "rice offer", "2,000", "North Korea", "troops sent", "Russia’s", "the", "’s offer", "over 200", "K", "soldier_pay"] {
            let terms = Array(Set(StorySearch.tokens(query).map(\.text))).sorted()
            var scorer = StorySearch.Scorer(terms: terms, phrase: query.lowercased())
            let phrase = query.lowercased()
            for s in story.article.sentences {
                #expect(scorer.score(s.text) == StorySearch.score(s.text, terms, phrase), "\(query) in \(s.id)")
            }
            for f in story.facts {
                #expect(scorer.score(f.id, f.about, f.quote?.exact ?? "") == StorySearch.score([f.id, f.about, f.quote?.exact ?? ""].joined(separator: " "), terms, phrase), "\(query) in \(f.id)")
            }
            for c in story.claims {
                #expect(scorer.score(c.id, c.about, c.quote.exact) == StorySearch.score([c.id, c.about, c.quote.exact].joined(separator: " "), terms, phrase), "\(query) in \(c.id)")
            }
            for a in story.assumptions {
                #expect(scorer.score(a.id, a.about) == StorySearch.score(a.id + " " + a.about, terms, phrase), "\(query) in \(a.id)")
            }
        }
    }
}
