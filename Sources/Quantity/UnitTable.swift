/// One unit definition: its symbol, size in base units, dimension and an optional note.
public struct UnitInfo: Sendable {
    /// The symbol printed in results (`USD`, `t`, `month`).
    public var symbol: String
    /// How many base units one of this unit is (1 month = 2,629,746 s).
    public var factor: Double
    /// The unit's dimension.
    public var dimension: Dimension
    /// A note shown whenever a result uses the unit ("ton is read as the metric tonne").
    public var note: String?

    /// Creates a unit definition.
    public init(symbol: String, factor: Double, dimension: Dimension, note: String? = nil) {
        self.symbol = symbol
        self.factor = factor
        self.dimension = dimension
        self.note = note
    }
}

/// The units a session knows, by index, with every name (symbol, alias, plural) that refers to one.
///
/// Quantities refer to units by index, so a quantity is a plain value with no references to count.
/// The table is a copy-on-write value over one shared storage: a session copies it before every
/// input (to undo a failed one) and arithmetic passes it around, so a copy must cost one retain.
public struct UnitTable: Sendable {
    /// The arrays behind a table; shared by copies until one of them defines a unit.
    ///
    /// Exclusivity is not checked at run time (each read would otherwise pay for it): storage is
    /// only written through `unique()`, when no other table shares it, and never while being read.
    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var units: [UnitInfo] = []
        @exclusivity(unchecked) var names: [String: Int32] = [:]
        /// Each unit's factor and dimension, apart from its strings, so arithmetic reads them
        /// without retaining and releasing the symbol and note.
        @exclusivity(unchecked) var factors: [Double] = []
        @exclusivity(unchecked) var dimensions: [Dimension] = []
        @exclusivity(unchecked) var notes: [Bool] = []

        init() {}

        func copy() -> Storage {
            let c = Storage()
            c.units = units
            c.names = names
            c.factors = factors
            c.dimensions = dimensions
            c.notes = notes
            return c
        }
    }

    private var storage = Storage()

    /// The definitions, by index.
    public var units: [UnitInfo] { storage.units }
    /// Every accepted name, mapped to its unit's index.
    public var names: [String: Int32] { storage.names }

    /// An empty table.
    public init() {}

    /// The unit a name refers to.
    public func lookup(_ name: String) -> Int32? { storage.names[name] }

    /// The definition at `index`.
    public subscript(index: Int32) -> UnitInfo { storage.units[Int(index)] }

    /// How many base units the unit at `index` is.
    @inline(__always)
    public func factor(_ index: Int32) -> Double { storage.factors[Int(index)] }

    /// Whether the unit at `index` carries a note.
    @inline(__always)
    public func hasNote(_ index: Int32) -> Bool { storage.notes[Int(index)] }

    /// The dimension of the unit at `index`.
    @inline(__always)
    public func dimension(_ index: Int32) -> Dimension { storage.dimensions[Int(index)] }

    /// The storage, copied first when another table shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Adds a unit under `symbol` and any `aliases`; returns its index. A name already taken is
    /// redefined to the new unit (the caller decides whether to allow that).
    @discardableResult
    public mutating func define(_ info: UnitInfo, aliases: [String] = []) -> Int32 {
        let s = unique()
        let index = Int32(s.units.count)
        s.units.append(info)
        s.factors.append(info.factor)
        s.dimensions.append(info.dimension)
        s.notes.append(info.note != nil)
        s.names[info.symbol] = index
        for alias in aliases { s.names[alias] = index }
        return index
    }

    /// Makes room for `units` definitions and `names` names, so a table built in one go (the
    /// prelude) grows its arrays and name dictionary once instead of rehashing as it fills.
    public mutating func reserve(units: Int, names: Int) {
        let s = unique()
        s.units.reserveCapacity(units)
        s.factors.reserveCapacity(units)
        s.dimensions.reserveCapacity(units)
        s.notes.reserveCapacity(units)
        s.names.reserveCapacity(names)
    }

    /// Adds another name for an existing unit.
    public mutating func alias(_ name: String, to index: Int32) {
        unique().names[name] = index
    }

    /// The symbol of currency `c`'s base unit (`USD`, `KRW`), or nil when none is defined.
    public func currencySymbol(_ c: UInt8) -> String? {
        for (i, d) in storage.dimensions.enumerated() where d.money == 1 && d.mass == 0 && d.time == 0 && d.length == 0 && d.temperature == 0
            && d.currency == c && storage.factors[i] == 1 {
            return storage.units[i].symbol
        }
        return nil
    }

    /// The number the next currency defined gets (one above every currency defined so far).
    public var nextCurrency: UInt8 {
        var top: UInt8 = 0
        for d in storage.dimensions where d.money != 0 { top = max(top, d.currency) }
        return top &+ 1
    }

    /// Every name, sorted (for completion and suggestions).
    public var allNames: [String] { storage.names.keys.sorted() }
}
