import Extract

/// Readable, unique ids for a drafted story's sources (`wi-sung-lac`) and facts (`worker_count`).
struct DraftIds {
    private var used: Set<String> = ["outlet"]

    /// `North Korea’s involvement…` → `north-korea-s-involvement…` (lower case, hyphens, at most 60).
    static func storyId(_ title: String) -> String {
        let slug = hyphenated(title)
        return slug.isEmpty ? "story" : String(slug.prefix(60))
    }

    static func hyphenated(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// A source id from the speaker's name, unique in the file.
    mutating func sourceId(_ name: String) -> String {
        unique(Self.hyphenated(name).isEmpty ? "source" : String(Self.hyphenated(name).prefix(40)), separator: "-")
    }

    /// A fact id from what it counts or measures and its unit: `soldier_count`, `grain_tonnes`, `pay_rate`.
    mutating func factId(_ q: ExtractedQuantity) -> String {
        var noun = q.counted.map(Self.singular) ?? Self.lastWord(q.about) ?? "amount"
        // Money a person earns is pay; money something makes is revenue.
        let about = (q.about ?? "").lowercased()
        if q.counted == nil, ["earn", "earning", "earns", "paid", "pay", "wage", "salary"].contains(where: about.contains) { noun = "pay" }
        if q.counted == nil, ["generate", "revenue", "income", "make"].contains(where: about.contains) { noun = "revenue" }
        let suffix: String
        switch q.unit {
        case "count": suffix = "count"
        case _ where q.unit.count == 3 && q.unit == q.unit.uppercased(): suffix = q.per.map { $0 == "month" ? "monthly" : $0 == "year" ? "yearly" : "rate" } ?? "amount"
        case "t", "kg", "kt", "Mt": suffix = "tonnes"
        case "%": suffix = "percent"
        case "pp": suffix = "points"
        case "x": suffix = "times"
        default: suffix = Self.hyphenated(q.unit).replacingHyphens
        }
        var base = Self.hyphenated(noun).replacingHyphens + "_" + suffix
        if base.first.map({ !$0.isLetter }) ?? true { base = "fact_" + base }
        return unique(String(base.prefix(56)), separator: "_")
    }

    /// A claim id from the first words of its sentence that say something: `lose_leverage_russia`.
    mutating func claimId(_ sentence: String) -> String {
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.count > 3 && !Self.smallWords.contains($0) }
        let base = words.prefix(3).joined(separator: "_")
        return unique(base.isEmpty ? "claim" : String(Self.hyphenated(base).replacingHyphens.prefix(56)), separator: "_")
    }

    /// Words that say little about what a claim is about.
    static let smallWords: Set<String> = [
        "that", "this", "with", "from", "their", "they", "have", "been", "were", "will", "would", "could", "should",
        "which", "while", "about", "after", "into", "than", "them", "there", "these", "those", "also", "more", "most",
        "some", "such", "only", "over", "under", "said", "says", "according", "reportedly", "believed", "believe",
        "likely", "might", "other", "others", "moreover", "additionally", "ultimately", "however", "despite", "being",
        "where", "when", "what", "even", "both", "each", "very", "much", "many", "argue", "suggested", "noted", "emphasize",
    ]

    /// `id`, or `id` with `_2`, `_3`… when it is taken (facts, claims and checks share ids).
    mutating func unique(_ id: String) -> String { unique(id, separator: "_") }

    private mutating func unique(_ base: String, separator: String) -> String {
        var id = base
        var n = 2
        while used.contains(id) { id = base + separator + String(n); n += 1 }
        used.insert(id)
        return id
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    static func lastWord(_ text: String?) -> String? {
        text?.split(separator: " ").last.map { String($0).lowercased() }
    }
}

extension String {
    /// `a-b` → `a_b`.
    var replacingHyphens: String { split(separator: "-").joined(separator: "_") }
}
