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

    /// What a sentence says of its speakers besides their words, worked out by hand for each form.
    @Test(arguments: [
        ("Former South Korean ambassador to Russia, Rep. Wi Sung-lac, noted that it could help.", "Wi Sung-lac", "former South Korean ambassador to Russia", nil),
        ("Costs rose 5%, union leader Olena Kovalenko told Reuters.", "Olena Kovalenko", "union leader", "Reuters"),
        ("About 1,200 workers are on strike, according to the port authority, cited by Interfax.", "port authority", nil, "Interfax"),
        ("The INSS said it, Caliber.Az reports per Korean media.", "Korean media", nil, "Caliber.Az"),
        ("Regional governor Oleh Syniehubov said 3 people died.", "Oleh Syniehubov", "regional governor", nil),
        ("With many more expected by year’s end, South Korean intelligence said.", "South Korean intelligence", nil, nil),
    ] as [(String, String, String?, String?)])
    func rolesAndMediaOfSpeakers(text: String, name: String, role: String?, via: String?) {
        let source = extractor.read(text).sources.first { $0.name == name }
        #expect(source?.role == role && source?.via == via, "\(String(describing: source))")
    }

    @Test func theOutletIsWhoReportsPerAnother() {
        #expect(extractor.read("Ties grew, Caliber.Az reports per Korean media.").outlet == "Caliber.Az")
        #expect(extractor.read("Ties grew, officials said.").outlet == nil)
    }

    /// Each sentence with its quantities counted and its hedge words; `May` the month is no hedge.
    @Test func sentencesWithTheirHedges() {
        let sentences = extractor.read("Prices rose 5% in May, officials said. They could fall. Rain is likely.").sentences
        #expect(sentences.map(\.quantities) == [1, 0, 0])
        #expect(sentences.map(\.hedges) == [["said"], ["could"], ["likely"]])
        #expect(sentences.map(\.source) == ["officials", "officials", "officials"])
    }
}
