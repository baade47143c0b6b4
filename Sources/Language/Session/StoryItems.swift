import Quantity
import Story

/// The story's facts and assumptions resolved to quantities once, when the session starts.
/// Index `i` names `facts[i]` for i < facts.count, then the assumptions.
/// A class: the session holds it once, and lookups on the hot path share it without copying.
///
/// The facts themselves are not copied: the story's arrays are kept (sharing their storage) and
/// an `Item` is put together when asked for. A story of 10,000 facts would otherwise hold each
/// fact twice, some 2 MB more to build and touch at start.
final class StoryItems {
    /// One fact or assumption.
    struct Item {
        var fact: Fact
        var isAssumption: Bool
        /// The amount as a quantity; nil for a vague fact or one whose unit is not understood.
        var quantity: Quantity?
    }

    /// The story's facts and assumptions.
    private let facts: [Fact]
    private let assumptions: [Fact]
    /// Each item's quantity, by item index.
    private let quantities: [Quantity?]
    /// For each item, its place among the facts then the assumptions; nil when that is the item's
    /// own index (every fact's unit was understood, as in any story that loads).
    private let places: [Int32]?

    var byId: [String: Int32] = [:]
    /// Problems found while resolving units (reported by `Session.storyIssues`).
    var issues: [StoryIssue] = []

    init(story: Story, units: UnitTable) {
        // Built in locals and stored once: no exclusivity check per access to a stored property.
        var quantities: [Quantity?] = []
        var places: [Int32] = []
        var skipped = false
        var byId: [String: Int32] = [:]
        var issues: [StoryIssue] = []
        var lengths: UInt64 = 0, firstBytes: UInt64 = 0
        var unitCache: [String: Quantity] = [:]
        var lastUnit: (name: String, quantity: Quantity)?  // facts in a row mostly share a unit
        let factCount = story.facts.count, count = story.facts.count + story.assumptions.count
        quantities.reserveCapacity(count)
        places.reserveCapacity(count)
        byId.reserveCapacity(count)
        for i in 0..<count {
            let isAssumption = i >= factCount
            let (id, unitName, value, line) = isAssumption
                ? Self.parts(story.assumptions[i - factCount]) : Self.parts(story.facts[i])
            var quantity: Quantity?
            var unit = Quantity(number: 1)
            if !unitName.isEmpty {
                if let last = lastUnit, last.name == unitName {
                    unit = last.quantity
                } else {
                    if let cached = unitCache[unitName] {
                        unit = cached
                    } else {
                        do throws(Diagnostic) {
                            unit = try UnitExpression.evaluate(unitName, units: units)
                            unitCache[unitName] = unit
                        } catch {
                            issues.append(StoryIssue(line: line, field: "unit", message: "`\(unitName)`: \(error.message)"))
                            skipped = true
                            continue
                        }
                    }
                    lastUnit = (unitName, unit)
                }
            }
            let interval: Interval?
            switch value {
            case .point(let x): interval = Interval(point: x)
            case .range(let a, let b): interval = Interval(a, b)
            case .lowerBound(let x, let strict): interval = .atLeast(x, strict: strict)
            case .upperBound(let x, let strict): interval = .atMost(x, strict: strict)
            case .vague: interval = nil
            }
            if let interval {
                quantity = Quantity(interval.scaled(by: unit.value.lo), unit: unit.unit, dimension: unit.dimension)
            }
            lengths |= 1 << UInt64(id.utf8.count & 63)
            if let b = id.utf8.first { firstBytes |= 1 << UInt64(b & 63) }
            quantities.append(quantity)
            places.append(Int32(i))
        }
        self.facts = story.facts
        self.assumptions = story.assumptions
        self.quantities = quantities
        self.places = skipped ? places : nil
        // Last to first, so the first of a repeated id wins (a story read from a file has none),
        // with one lookup each.
        for index in quantities.indices.reversed() {
            let place = Int(places[index])
            byId[place < factCount ? story.facts[place].id : story.assumptions[place - factCount].id] = Int32(index)
        }
        self.byId = byId
        self.issues = issues
        self.lengths = lengths
        self.firstBytes = firstBytes
    }

    /// What resolving a fact needs, read without copying the fact.
    private static func parts(_ fact: borrowing Fact) -> (String, String, FactValue, Int) {
        (fact.id, fact.unit, fact.value, fact.line)
    }

    /// How many items there are.
    var count: Int { quantities.count }

    /// Item `index`.
    subscript(index: Int32) -> Item {
        let place = places.map { Int($0[Int(index)]) } ?? Int(index)
        return place < facts.count
            ? Item(fact: facts[place], isAssumption: false, quantity: quantities[Int(index)])
            : Item(fact: assumptions[place - facts.count], isAssumption: true, quantity: quantities[Int(index)])
    }

    /// Every item, in order (put together on each call: for listings and suggestions).
    var items: [Item] { (0..<Int32(count)).map { self[$0] } }

    /// The story's items for `:search`, built by the first search and kept for the next.
    private var search: SearchIndex?

    /// The search index of `story` (the story these items were made from).
    func searchIndex(_ story: Story) -> SearchIndex {
        if let search { return search }
        let index = SearchIndex(story)
        search = index
        return index
    }

    /// Bit `n % 64` is set when some id is `n` bytes long; bit `b % 64` of `firstBytes` when some
    /// id starts with byte `b`. A name failing either test is no item, and is not hashed: most
    /// names an expression uses are units (`month`), looked up here first on every line.
    private var lengths: UInt64 = 0
    private var firstBytes: UInt64 = 0

    /// The item called `name`, if any (what `byId[name]` says, quicker when there is none).
    @inline(__always)
    func index(of name: String) -> Int32? {
        let utf8 = name.utf8
        guard let b = utf8.first, lengths & (1 << UInt64(utf8.count & 63)) != 0, firstBytes & (1 << UInt64(b & 63)) != 0 else { return nil }
        return byId[name]
    }
}
