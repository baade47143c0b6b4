@testable import Language
@testable import Session
import Quantity
import Story
import Testing

/// The session's view of a story's facts: items in order (facts, then assumptions), found by id,
/// and a fact whose unit is not understood left out (and reported) without shifting the others.
struct StoryItemsTests {
    func story(_ facts: [Fact], assumptions: [Fact] = []) -> Story {
        Story(id: "t", title: "T", outlet: "O", author: "A", facts: facts, assumptions: assumptions, checkableClaims: [], contentHash: "")
    }

    @Test func itemsAreTheFactsThenTheAssumptions() throws {
        let items = StoryItems(story: story([Fact(id: "pay", value: .point(2000), unit: "USD/month", qualifier: nil, hedges: [], line: 1),
                                             Fact(id: "troops", value: .vague("thousands"), unit: "", qualifier: nil, hedges: [], line: 2)],
                                            assumptions: [Fact(id: "need", value: .range(5, 6), unit: "t", qualifier: nil, hedges: [], line: 3)]),
                               units: Prelude.units)
        #expect(items.issues.isEmpty)
        #expect(items.count == 3)
        #expect(items.items.map(\.fact.id) == ["pay", "troops", "need"])
        #expect(items.items.map(\.isAssumption) == [false, false, true])
        #expect(items.index(of: "need") == 2)
        #expect(items.index(of: "month") == nil)
        #expect(items[0].quantity != nil)
        #expect(items[1].quantity == nil)  // vague: no number
        #expect(items[2].quantity?.value == Interval(5000, 6000))  // 5 to 6 t, in kg
    }

    @Test func aFactWithAnUnknownUnitIsLeftOutAndReported() throws {
        let items = StoryItems(story: story([Fact(id: "a", value: .point(1), unit: "t", qualifier: nil, hedges: [], line: 1),
                                             Fact(id: "b", value: .point(2), unit: "furlongs_per_fortnight", qualifier: nil, hedges: [], line: 2),
                                             Fact(id: "c", value: .point(3), unit: "t", qualifier: nil, hedges: [], line: 3)],
                                            assumptions: [Fact(id: "d", value: .point(4), unit: "", qualifier: nil, hedges: [], line: 4)]),
                               units: Prelude.units)
        #expect(items.issues.map(\.line) == [2])
        #expect(items.items.map(\.fact.id) == ["a", "c", "d"])
        #expect(items.index(of: "c") == 1)
        #expect(items.index(of: "b") == nil)
        #expect(items[1].fact.id == "c")
        #expect(items[2].isAssumption)
        #expect(items[1].quantity?.value == Interval(point: 3000))
    }

    @Test func aRepeatedIdFindsTheFirst() {
        let items = StoryItems(story: story([Fact(id: "x", value: .point(1), unit: "", qualifier: nil, hedges: [], line: 1),
                                             Fact(id: "x", value: .point(2), unit: "", qualifier: nil, hedges: [], line: 2)]),
                               units: Prelude.units)
        #expect(items.index(of: "x") == 0)
    }

    /// The search index is built by the first `:search` and kept for the next.
    @Test func theSearchIndexIsKept() {
        let s = story([Fact(id: "x", value: .point(1), unit: "", qualifier: nil, hedges: [], line: 1)])
        let session = Session(story: s)
        #expect(session.searchIndex === session.searchIndex)
    }
}
