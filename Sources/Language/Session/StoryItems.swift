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
        var unitCache: [String: Quantity] = [:]
        let all = story.facts.map { ($0, false) } + story.assumptions.map { ($0, true) }
        items.reserveCapacity(all.count)
        for (fact, isAssumption) in all {
            var quantity: Quantity?
            var unit = Quantity(number: 1)
            if !fact.unit.isEmpty {
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
            if byId[fact.id] == nil { byId[fact.id] = Int32(items.count) }
            items.append(Item(fact: fact, isAssumption: isAssumption, quantity: quantity))
        }
    }

    subscript(index: Int32) -> Item { items[Int(index)] }
}
