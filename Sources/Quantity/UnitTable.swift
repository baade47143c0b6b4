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
public struct UnitTable: Sendable {
    /// The definitions, by index.
    public private(set) var units: [UnitInfo] = []
    /// Every accepted name, mapped to its unit's index.
    public private(set) var names: [String: Int32] = [:]
    /// Each unit's factor and dimension, apart from its strings, so arithmetic reads them without
    /// retaining and releasing the symbol and note.
    private var factors: [Double] = []
    private var dimensions: [Dimension] = []
    private var notes: [Bool] = []

    /// An empty table.
    public init() {}

    /// The unit a name refers to.
    public func lookup(_ name: String) -> Int32? { names[name] }

    /// The definition at `index`.
    public subscript(index: Int32) -> UnitInfo { units[Int(index)] }

    /// How many base units the unit at `index` is.
    @inline(__always)
    public func factor(_ index: Int32) -> Double { factors[Int(index)] }

    /// Whether the unit at `index` carries a note.
    @inline(__always)
    public func hasNote(_ index: Int32) -> Bool { notes[Int(index)] }

    /// The dimension of the unit at `index`.
    @inline(__always)
    public func dimension(_ index: Int32) -> Dimension { dimensions[Int(index)] }

    /// Adds a unit under `symbol` and any `aliases`; returns its index. A name already taken is
    /// redefined to the new unit (the caller decides whether to allow that).
    @discardableResult
    public mutating func define(_ info: UnitInfo, aliases: [String] = []) -> Int32 {
        let index = Int32(units.count)
        units.append(info)
        factors.append(info.factor)
        dimensions.append(info.dimension)
        notes.append(info.note != nil)
        names[info.symbol] = index
        for alias in aliases { names[alias] = index }
        return index
    }

    /// Adds another name for an existing unit.
    public mutating func alias(_ name: String, to index: Int32) {
        names[name] = index
    }

    /// Every name, sorted (for completion and suggestions).
    public var allNames: [String] { names.keys.sorted() }
}
