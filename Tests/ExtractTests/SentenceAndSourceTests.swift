import Testing
@testable import Extract

/// Sentence numbering and attribution: who stated a number, and how the text says so.
@Suite struct SentenceAndSourceTests {
    let extractor = Extractor()

    @Test func abbreviationsInitialsAndDottedNamesDoNotEndASentence() {
        let text = "Rep. Wi said 5 people went to the U.S. in Jan. last year. J. R. Miller of Caliber.Az counted 7 ships. Then 9 more came."
        #expect(extractor.extract(text).map(\.sentence) == ["1.1", "1.2", "1.3"])
    }

    @Test func aHeadlineIsParagraphZeroAndABylineIsNoParagraph() {
        let text = "Strike kills 3 people\nAt least 14 people died.\nIt hit 2 towns.\nBy Jane Roe"
        #expect(extractor.extract(text).map(\.sentence) == ["0.1", "1.1", "2.1"])
    }

    @Test func appositionGivesTheName() throws {
        let text = "Former South Korean ambassador to Russia, Rep. Wi Sung-lac, noted that 4,000 workers left."
        let q = try #require(extractor.extract(text).first)
        #expect(q.source == "Wi Sung-lac" && q.attribution == "stated")
    }

    @Test func aPronounAndANeighbouringSentenceCarryTheSpeaker() {
        let text = "Mayor Lena Brooks said 300 buses run. She expects 20 more. Fares are $2."
        let found = extractor.extract(text)
        #expect(found.map(\.source) == ["Lena Brooks", "Lena Brooks", "Lena Brooks"])
        #expect(found.map(\.attribution) == ["stated", "stated", "implied"])
    }

    @Test(arguments: [
        ("According to Ukraine's air force, Russia launched 74 drones.", "Ukraine's air force"),
        ("Russia launched 74 drones, said J. R. Miller, an analyst.", "J. R. Miller"),
        ("Smith, the company's chief, said it lost $5 million.", "Smith"),
        ("Rep. Kim Min-ji, who sits on the committee, told reporters that 500 soldiers would benefit.", "Kim Min-ji"),
        ("Dr. Claudia Kemfert of the DIW institute said the EU spent €300 billion.", "Claudia Kemfert"),
        ("The rate is 4%, according to data from Gas Infrastructure Europe.", "Gas Infrastructure Europe"),
    ])
    func sources(text: String, source: String) throws {
        #expect(try #require(extractor.extract(text).first).source == source)
    }

    @Test func anOutletReportingPerASourceAttributesLaterParagraphs() throws {
        let text = "Caliber.Az reports per Korean media that talks went on.\nNorth Korea grows about 4 million tons of grain annually."
        let q = try #require(extractor.extract(text).first)
        #expect(q.source == "Korean media" && q.attribution == "implied")
        #expect(q.unit == "t" && q.per == "year" && q.text == "about 4 million tons of grain annually")
    }

    @Test func noSpeakerIsUnattributed() throws {
        let q = try #require(extractor.extract("Crews worked 16 hours a day.").first)
        #expect(q.source == nil && q.attribution == "unattributed")
    }
}
