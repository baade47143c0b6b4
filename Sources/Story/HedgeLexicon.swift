/// The hedge words Dossier classifies by itself. A data file may name others with an explicit
/// class (`hedges: purportedly (reportative)`).
public enum HedgeLexicon {
    /// The class of `word` (compared in lower case), when it is a known hedge.
    public static func kind(of word: String) -> HedgeKind? {
        words[word.lowercased()]
    }

    /// Every known word with its class, in the order the documentation lists them.
    public static let entries: [(String, HedgeKind)] = [
        ("reportedly", .reportative), ("said", .reportative), ("says", .reportative),
        ("reports", .reportative), ("reported", .reportative), ("according", .reportative),
        ("noted", .reportative), ("suggested", .reportative), ("argue", .reportative),
        ("argued", .reportative), ("emphasize", .reportative), ("claimed", .reportative),
        ("believed", .belief), ("believe", .belief), ("believes", .belief), ("thought", .belief),
        ("could", .possibility), ("would", .possibility), ("may", .possibility),
        ("might", .possibility), ("potentially", .possibility), ("possibly", .possibility),
        ("likely", .probability), ("probably", .probability), ("expected", .probability),
        ("about", .approximator), ("around", .approximator), ("approximately", .approximator),
        ("roughly", .approximator), ("nearly", .approximator),
        ("if", .conditional), ("unless", .conditional),
    ]

    static let words: [String: HedgeKind] = Dictionary(entries, uniquingKeysWith: { first, _ in first })
}
