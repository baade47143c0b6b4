import Testing
@testable import Extract

/// Which quantity a hedge cue belongs to, in sentences of two or three numbers: an approximator
/// (`about`, `roughly`) hedges only the quantity it stands before; a modal or a report cue hedges
/// every quantity of its clause. Every expected list labelled by hand from the sentence.
@Suite struct HedgeScopeTests {
    @Test(arguments: [
        ("Officials said rebuilding could take up to 3 years and cost roughly 40% more than the damage itself.",
         [["said", "could"], ["said", "could", "roughly"]]),
        ("The relief fund holds $300 million, which could cover around 25,000 families at $12,000 each.",
         [[], ["could", "around"], ["could"]]),
        ("Floods destroyed about 12,000 homes and damaged 3,000 more, officials said.",
         [["about", "said"], ["said"]]),
        ("Nearly 500 people were evacuated and 20 were injured, the mayor said.",
         [["nearly", "said"], ["said"]]),
        ("The plant may employ 1,200 workers and pay them about $900 a month.",
         [["may"], ["may", "about"]]),
        ("Some 2,000-2,300 workers left, and 40 stayed for roughly 6 months.",
         [["some"], [], ["roughly"]]),
    ])
    func approximatorsHedgeOnlyTheirQuantity(text: String, hedges: [[String]]) {
        let found = Extractor().extract(text)
        #expect(found.map(\.hedges) == hedges, "\(found.map(\.text))")
    }
}
