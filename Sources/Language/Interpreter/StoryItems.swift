import Quantity
import Story

/// The story's facts and assumptions resolved to quantities, once, when first needed.
/// Index `i` names `facts[i]` for i < facts.count, then the assumptions.
/// A class: the session holds it once, and lookups on the hot path share it without copying.
///
/// The facts themselves are not copied: the story's arrays are kept (sharing their storage) and
/// an `Item` is put together when asked for. Their quantities and the table of ids are worked out
/// when an input first asks for an item or an id (`-e 1+1` with a story of 10,000 facts asks for
/// none); only the quick test of `index(of:)` (the ids' lengths and first bytes) is made at once.
package final class StoryItems {
    /// One fact or assumption.
    package struct Item {
        package var fact: Fact
        package var isAssumption: Bool
        /// The amount as a quantity; nil for a vague fact or one whose unit is not understood.
        package var quantity: Quantity?
    }

    /// The story's facts and assumptions.
    private let facts: [Fact]
    private let assumptions: [Fact]
    /// The units the facts' units are read with.
    private let units: UnitTable

    /// What resolving the facts gives.
    private struct Resolved {
        /// Each item's quantity, by item index.
        var quantities: [Quantity?]
        /// For each item, its place among the facts then the assumptions; nil when that is the
        /// item's own index (every fact's unit was understood, as in any story that loads).
        var places: [Int32]?
        var byId: [String: Int32]
        /// Problems found while resolving units.
        var issues: [StoryIssue]
    }
    private var resolvedStorage: Resolved?

    init(story: Story, units: UnitTable) {
        facts = story.facts
        assumptions = story.assumptions
        self.units = units
        // Bit `n % 64` is set when some id is `n` bytes long; bit `b % 64` of `firstBytes` when
        // some id starts with byte `b` (over every id: a fact left out later only makes the test
        // let more names through to the table).
        var lengths: UInt64 = 0, firstBytes: UInt64 = 0
        for i in facts.indices {
            let utf8 = facts[i].id.utf8
            lengths |= 1 << UInt64(utf8.count & 63)
            if let b = utf8.first { firstBytes |= 1 << UInt64(b & 63) }
        }
        for i in assumptions.indices {
            let utf8 = assumptions[i].id.utf8
            lengths |= 1 << UInt64(utf8.count & 63)
            if let b = utf8.first { firstBytes |= 1 << UInt64(b & 63) }
        }
        self.lengths = lengths
        self.firstBytes = firstBytes
    }

    /// The resolved items, worked out on first use.
    @inline(__always)
    private func resolve() {
        if resolvedStorage == nil { resolvedStorage = Self.resolve(facts: facts, assumptions: assumptions, units: units) }
    }

    private static func resolve(facts: [Fact], assumptions: [Fact], units: UnitTable) -> Resolved {
        // Built in locals and stored once: no exclusivity check per access to a stored property.
        var quantities: [Quantity?] = []
        var places: [Int32] = []
        var skipped = false
        var byId: [String: Int32] = [:]
        var issues: [StoryIssue] = []
        var unitCache: [String: Quantity] = [:]
        var lastUnit: (name: String, quantity: Quantity)?  // facts in a row mostly share a unit
        let factCount = facts.count, count = facts.count + assumptions.count
        quantities.reserveCapacity(count)
        places.reserveCapacity(count)
        byId.reserveCapacity(count)
        for i in 0..<count {
            let isAssumption = i >= factCount
            let (unitName, value, line) = isAssumption ? Self.parts(assumptions[i - factCount]) : Self.parts(facts[i])
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
                            unit = try UnitExpression.evaluate(Self.countAsOne(unitName), units: units)
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
            quantities.append(quantity)
            places.append(Int32(i))
        }
        // Last to first, so the first of a repeated id wins (a story read from a file has none),
        // with one lookup each.
        for index in quantities.indices.reversed() {
            let place = Int(places[index])
            byId[place < factCount ? facts[place].id : assumptions[place - factCount].id] = Int32(index)
        }
        return Resolved(quantities: quantities, places: skipped ? places : nil, byId: byId, issues: issues)
    }

    /// A story's unit as an expression with units alone. The story format's words for plain
    /// numbers are read as numbers: `count` and `times` (a multiplier) as 1, `%` and `pp`
    /// (percentage points) as 1% (0.01), so `count/day` is a number per day and `%/year` a
    /// percentage a year.
    static func countAsOne(_ unit: String) -> String {
        guard unit.contains("count") || unit.contains("times") || unit.contains("%") || unit.contains("pp") else { return unit }
        var out = "", word = ""
        func flush() {
            out += ["count": "1", "times": "1", "pp": "(1%)"][word] ?? word
            word = ""
        }
        for c in unit {
            if c.isLetter || c == "_" || c.isNumber { word.append(c); continue }
            flush()
            out += c == "%" ? "(1%)" : String(c)
        }
        flush()
        return out
    }

    /// What resolving a fact needs, read without copying the fact.
    private static func parts(_ fact: borrowing Fact) -> (String, FactValue, Int) {
        (fact.unit, fact.value, fact.line)
    }

    /// The item index of every id.
    package var byId: [String: Int32] {
        resolve()
        return resolvedStorage.unsafelyUnwrapped.byId
    }

    /// Problems found while resolving units (reported by `Session.storyIssues`).
    var issues: [StoryIssue] {
        resolve()
        return resolvedStorage.unsafelyUnwrapped.issues
    }

    /// How many items there are.
    var count: Int {
        resolve()
        return resolvedStorage.unsafelyUnwrapped.quantities.count
    }

    /// Item `index`.
    package subscript(index: Int32) -> Item {
        resolve()
        let place = resolvedStorage.unsafelyUnwrapped.places.map { Int($0[Int(index)]) } ?? Int(index)
        let quantity = resolvedStorage.unsafelyUnwrapped.quantities[Int(index)]
        return place < facts.count
            ? Item(fact: facts[place], isAssumption: false, quantity: quantity)
            : Item(fact: assumptions[place - facts.count], isAssumption: true, quantity: quantity)
    }

    /// Every item, in order (put together on each call: for listings and suggestions).
    package var items: [Item] { (0..<Int32(count)).map { self[$0] } }

    /// Bit `n % 64` is set when some id is `n` bytes long; bit `b % 64` of `firstBytes` when some
    /// id starts with byte `b`. A name failing either test is no item, and is not hashed: most
    /// names an expression uses are units (`month`), looked up here first on every line.
    private let lengths: UInt64
    private let firstBytes: UInt64

    /// The item called `name`, if any (what `byId[name]` says, quicker when there is none).
    @inline(__always)
    func index(of name: String) -> Int32? {
        let utf8 = name.utf8
        guard let b = utf8.first, lengths & (1 << UInt64(utf8.count & 63)) != 0, firstBytes & (1 << UInt64(b & 63)) != 0 else { return nil }
        resolve()
        return resolvedStorage.unsafelyUnwrapped.byId[name]
    }
}
