/// Where a value came from: the story items it used, the notes of units it used and the exchange
/// rates it went through.
///
/// Items are indices into the session's `StoryItems` (facts first, then assumptions); kept
/// sorted and unique. Empty for plain arithmetic, so the common case allocates nothing and
/// copies no references: both lists sit behind one optional reference, nil when empty.
package struct Provenance: Equatable, Sendable {
    /// The two lists, shared by copies (never mutated once made).
    final class Lists: Sendable {
        let items: [Int32]
        let unitNotes: [Int32]
        let rates: [Int32]
        init(items: [Int32], unitNotes: [Int32], rates: [Int32]) {
            self.items = items
            self.unitNotes = unitNotes
            self.rates = rates
        }
    }

    private let lists: Lists?

    /// Story items used, sorted.
    package var items: [Int32] { lists?.items ?? [] }
    /// Units with notes that were used ("ton is read as the metric tonne").
    var unitNotes: [Int32] { lists?.unitNotes ?? [] }
    /// Exchange rates used (indices into the session's stated rates), sorted.
    var rates: [Int32] { lists?.rates ?? [] }

    init(items: [Int32] = [], unitNotes: [Int32] = [], rates: [Int32] = []) {
        lists = items.isEmpty && unitNotes.isEmpty && rates.isEmpty ? nil : Lists(items: items, unitNotes: unitNotes, rates: rates)
    }

    package static let none = Provenance()

    var isEmpty: Bool { lists == nil }

    package static func == (a: Provenance, b: Provenance) -> Bool {
        a.items == b.items && a.unitNotes == b.unitNotes && a.rates == b.rates
    }

    /// The union of two provenances.
    package func union(_ other: Provenance) -> Provenance {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return Provenance(items: Provenance.merge(items, other.items), unitNotes: Provenance.merge(unitNotes, other.unitNotes),
                          rates: Provenance.merge(rates, other.rates))
    }

    static func merge(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
            else if i >= a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
            else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }
}

/// A computed value: a quantity and where it came from.
package struct Evaluated {
    package var quantity: Quantity
    package var provenance: Provenance
    /// Whether the range could not be shown to be exact: it contains every value, but may be wider.
    package var mayBeWider = false

    package init(_ quantity: Quantity, _ provenance: Provenance = .none) {
        self.quantity = quantity
        self.provenance = provenance
    }
}

import Quantity
