/// The story Dossier opens when no `--dossier FILE` is given.
public enum BuiltinStory {
    /// The name the built-in data file is known by in diagnostics.
    public static let fileName = "north-korea-russia-war.dossier"
    /// The built-in data file's text, embedded at build time.
    public static var text: String { NorthKoreaRussiaWarFile.text }
}

/// The unit definitions every session starts with, in Dossier's own notation.
public enum BuiltinPrelude {
    /// The name the prelude is known by in diagnostics.
    public static let fileName = "prelude.units"
    /// The prelude's text, embedded at build time.
    public static var text: String { PreludeFile.text }
}

/// The prelude's units as a table of results (made from `prelude.units` by the tests; see
/// `PreludeTable` in the Language module).
public enum BuiltinPreludeTable {
    /// The name the table is known by.
    public static let fileName = "prelude-units.table"
    /// The table's text, embedded at build time.
    public static var text: String { PreludeUnitsFile.text }
}

/// The built-in hedge table: how each hedge word reads a number (docs/hedges.md).
public enum BuiltinHedges {
    /// The name the table is known by in diagnostics.
    public static let fileName = "hedges.table"
    /// The table's text, embedded at build time.
    public static var text: String { HedgesFile.text }
}
