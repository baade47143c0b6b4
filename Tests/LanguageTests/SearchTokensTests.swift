import Testing
@testable import Language

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
