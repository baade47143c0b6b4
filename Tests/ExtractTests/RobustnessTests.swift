import Testing
@testable import Extract

/// Any text: no crash, offsets inside the text and in order, the span's text at its offsets.
@Suite struct RobustnessTests {
    @Test func randomTextsGiveConsistentOffsets() {
        let pieces = ["$", "2,000", " ", "million", "-", "to", "around", "per month", ".", "\n", "’", "€", "between", "and",
                      "1.6", "bn", "Rep.", "said", ",", "thousands", "of", "(", ")", "a", "dozen", "half", "2024", ":", "%", "é", "\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0...30, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            var last = 0
            for q in Extractor().extract(text) {
                #expect(q.start >= last && q.start < q.end && q.end <= scalars.count, "\(text)")
                #expect(String(String.UnicodeScalarView(scalars[q.start..<q.end])) == q.text)
                last = q.end
            }
        }
    }

    /// Found by the random test: a range's second currency sign at the end of the text.
    @Test func aCurrencySignEndingARangeIsNoCrash() {
        for text in ["$2,000-$", "$2,000 to $", "It cost $5-€"] {
            #expect(Extractor().extract(text).allSatisfy { $0.end <= text.unicodeScalars.count }, "\(text)")
        }
    }

    @Test func notUTF8IsRefusedWithItsOffset() {
        #expect(TextInput.decode([0x61, 0x62, 0xFF, 0x63]) == .failure(TextInput.NotUTF8(offset: 2)))
        #expect(TextInput.decode([0xEF, 0xBB, 0xBF, 0x61]) == .success("a"))
    }

    /// "North Korea is reportedly sending " is 34 code points: "thousands" is 34..<43.
    @Test func jsonHasTheDocumentedFieldsInOrder() throws {
        let q = try #require(Extractor().extract("North Korea is reportedly sending thousands of soldiers to Russia, South Korean intelligence said.").first)
        #expect(q.json == #"{"start": 34, "end": 43, "text": "thousands", "sentence": "1.1", "value": null, "low": null, "high": null, "bound": null, "vague": "thousands", "unit": "count", "per": null, "qualifier": null, "approximate": false, "counted": "soldiers", "about": "soldiers to Russia", "hedges": ["reportedly", "said"], "source": "South Korean intelligence", "attribution": "stated"}"#)
    }
}
