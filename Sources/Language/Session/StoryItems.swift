import Quantity
import Story

/// The story's facts and assumptions resolved to quantities once, when the session starts.
/// Index `i` names `facts[i]` for i < facts.count, then the assumptions.
/// A class: the session holds it once, and lookups on the hot path share it without copying.
final class StoryItems {
    /// One fact or assumption.
    struct Item {
        var fact: Fact
        var isAssumption: Bool
        /// The amount as a quantity; nil for a vague fact or one whose unit is not understood.
        var quantity: Quantity?
    }

    var items: [Item] = []
    var byId: [String: Int32] = [:]
    /// Problems found while resolving units (reported by `Session.storyIssues`).
    var issues: [StoryIssue] = []

    init(story: Story, units: UnitTable) {
        // Built in locals and stored once: no exclusivity check per access to a stored property.
        var items: [Item] = []
        var byId: [String: Int32] = [:]
        var issues: [StoryIssue] = []
        var lengths: UInt64 = 0, firstBytes: UInt64 = 0
        var unitCache: [String: Quantity] = [:]
        var lastUnit: (name: String, quantity: Quantity)?  // facts in a row mostly share a unit
        items.reserveCapacity(story.facts.count + story.assumptions.count)
        byId.reserveCapacity(story.facts.count + story.assumptions.count)
        let factCount = story.facts.count
        for i in 0..<(factCount + story.assumptions.count) {
            let isAssumption = i >= factCount
            let fact = isAssumption ? story.assumptions[i - factCount] : story.facts[i]
            var quantity: Quantity?
            var unit = Quantity(number: 1)
            if !fact.unit.isEmpty {
                if let last = lastUnit, last.name == fact.unit {
                    unit = last.quantity
                } else {
                    if let cached = unitCache[fact.unit] {
                        unit = cached
                    } else {
                        do throws(Diagnostic) {
                            unit = try UnitExpression.evaluate(fact.unit, units: units)
                            unitCache[fact.unit] = unit
                        } catch {
                            issues.append(StoryIssue(line: fact.line, field: "unit", message: "`\(fact.unit)`: \(error.message)"))
                            continue
                        }
                    }
                    lastUnit = (fact.unit, unit)
                }
            }
            let interval: Interval?
            switch fact.value {
            case .point(let x): interval = Interval(point: x)
            case .range(let a, let b): interval = Interval(a, b)
            case .lowerBound(let x, let strict): interval = .atLeast(x, strict: strict)
            case .upperBound(let x, let strict): interval = .atMost(x, strict: strict)
            case .vague: interval = nil
            }
            if let interval {
                quantity = Quantity(interval.scaled(by: unit.value.lo), unit: unit.unit, dimension: unit.dimension)
            }
            lengths |= 1 << UInt64(fact.id.utf8.count & 63)
            if let b = fact.id.utf8.first { firstBytes |= 1 << UInt64(b & 63) }
            items.append(Item(fact: fact, isAssumption: isAssumption, quantity: quantity))
        }
        // Last to first, so the first of a repeated id wins (a story read from a file has none),
        // with one lookup each.
        for i in items.indices.reversed() { byId[items[i].fact.id] = Int32(i) }
        self.items = items
        self.byId = byId
        self.issues = issues
        self.lengths = lengths
        self.firstBytes = firstBytes
    }

    subscript(index: Int32) -> Item { items[Int(index)] }

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
