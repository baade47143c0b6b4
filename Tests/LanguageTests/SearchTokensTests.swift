import BuiltinData
@testable import Language
@testable import Session
import Story
import Testing

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

/// `:search` scores every item of a story through `SearchIndex`, which reads lower-cased bytes;
/// these pin its scores by hand and against `StorySearch.score`, the plain reading it stands in for.
struct SearchScoreTests {
    /// The score of one item whose texts are `parts`, for `query`.
    func score(_ query: String, _ parts: String...) -> Int {
        scores(query, [parts])[0]
    }

    /// The scores of `items` (each its texts), for `query`.
    func scores(_ query: String, _ items: [[String]]) -> [Int] {
        let terms = Array(Set(StorySearch.tokens(query).map(\.text))).sorted()
        return SearchIndex(items: items).scores(terms: terms, phrase: query.lowercased()) { items[$0] }.map { Int($0) }
    }

    /// What `StorySearch.score` says of an item.
    func plain(_ query: String, _ parts: [String]) -> Int {
        StorySearch.score(parts.joined(separator: " "), Array(Set(StorySearch.tokens(query).map(\.text))).sorted(), query.lowercased())
    }

    @Test func scoresByHand() {
        // "satellite" and "satellites" match (10, then 1 more); "sat" does not start with the term
        #expect(score("satellite", "Satellite satellites sat") == 11)
        // sat: all three words (12); satellite: two (11); the phrase "satellite sat" is there (20)
        #expect(score("satellite sat", "Satellite satellites sat") == 43)
        // an item's texts are joined by spaces: sat matches two words (11), satellite one (10),
        // and "satellite sat" is a phrase across them only in that order
        #expect(score("satellite sat", "satellite", "sat") == 11 + 10 + 20)
        #expect(score("satellite sat", "sat", "satellite") == 11 + 10)
        #expect(score("satellite sat", "satellites", "sat") == 11 + 10)
        #expect(score("2,000", "earn about $2,000 a month") == 10)
        #expect(score("2,000", "earn about $2000 a month") == 0)
        // a word continues through a comma between digits: "1,2000" is one word, not "2000"
        #expect(score("2000", "1,2000 and 1, 2000") == 10)
        // "Russia’s" is the words "russia" and "s"; the phrase "russia offer" is not there
        #expect(score("russia offer", "Russia’s offer") == 20)
        #expect(score("russia offer", "Russia offer", "Russia’s") == 11 + 10 + 20)
        // an id's underscore splits words: rice_offer is "rice" and "offer"
        #expect(score("rice", "rice_offer", "rice offered", "Rice") == 12)
        #expect(score("café", "Café culture, cafés") == 11)
        #expect(score("café", "cafe") == 0)
        // items are scored apart: a word at the end of one is not continued by the next
        #expect(scores("rice", [["a rice"], ["rice"], ["grice"], ["x"]]) == [10, 10, 0, 0])
    }

    /// Random items and queries over an alphabet with the awkward cases: capitals, digits with
    /// `,` and `.`, a curly apostrophe, precomposed and combining accents, the Kelvin sign (which
    /// lower-cases to `k`), a CR, and a dotted capital I (which lower-cases to two scalars).
    @Test func indexMatchesThePlainScore() {
        let pieces = ["a", "b", "K", "k", "Rice", "rice", "ri", "2", "0", ",", ".", " ", "  ", "’", "'", "é", "e\u{301}", "\u{212A}", "\r", "\u{130}", "-", "_", "x9"]
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        func text(_ length: Int) -> String { (0..<length).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<400 {
            let query = text(1 + next(4))
            guard !StorySearch.tokens(query).isEmpty else { continue }
            // one to three texts an item, some items with a piece that is not ASCII, some without
            let items = (0..<30).map { _ in (0...next(3)).map { _ in next(3) == 0 ? text(next(12)) : text(next(12)).filter(\.isASCII) } }
            let found = scores(query, items)
            for (item, parts) in items.enumerated() {
                #expect(found[item] == plain(query, parts), "\(query) in \(parts)")
            }
        }
    }

    /// Every item of the built-in story (curly quotes and all) scores as the plain reading says,
    /// and so does every item of its ASCII copy (straight quotes: the same offsets), whose article
    /// the index takes whole, title and byline included.
    @Test(arguments: [false, true]) func builtInStoryScoresUnchanged(ascii: Bool) throws {
        var text = BuiltinStory.text
        if ascii {
            text = text.replacingOccurrences("’", with: "'").replacingOccurrences("“", with: "\"").replacingOccurrences("”", with: "\"")
            #expect(text.utf8.allSatisfy { $0 < 0x80 })
        }
        let story = try StoryReader.read(text, fileName: BuiltinStory.fileName)
        let index = SearchIndex(story)
        let count = story.article.sentences.count + story.facts.count + story.claims.count + story.assumptions.count
        // "gamble" is only in the title, "vafa" only in the byline: neither is an item
        for query in ["satellite", "rice offer", "2,000", "North Korea", "troops sent", "Russia’s", "the", "’s offer", "over 200", "K",
                      "soldier_pay", "gamble", "vafa guliyeva", "a", "s", "russia's offer", "north korea"] {
            let terms = Array(Set(StorySearch.tokens(query).map(\.text))).sorted()
            let found = index.scores(terms: terms, phrase: query.lowercased()) { SearchIndex.texts(of: $0, in: story) }
            #expect(found.count == count)
            if query == "gamble" || query == "vafa guliyeva" { #expect(found.allSatisfy { $0 == 0 }) }
            for item in 0..<count {
                #expect(Int(found[item]) == plain(query, SearchIndex.texts(of: item, in: story)), "\(query) in item \(item)")
            }
        }
    }
}

extension String {
    /// `self` with every `target` replaced (Foundation's is not imported here).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }

    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = [], current = ""
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            current = String(rest[..<range.lowerBound])
            parts.append(current)
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
