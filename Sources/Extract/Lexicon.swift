/// The extractor's word lists, read from its data file (`english.lexicon`, embedded at build time).
public struct Lexicon: Sendable {
    /// Number words (`two`, `dozen`, `half`) and their values.
    var numbers: [String: Double] = [:]
    /// Scale words (`million`, `bn`); `abbreviated` ones scale only right after digits or money.
    var scales: [String: (value: Double, abbreviated: Bool)] = [:]
    var vague = PhraseTable()
    var currencySigns = PhraseTable()
    var units = PhraseTable()
    var periods = PhraseTable()
    var qualifiers = PhraseTable()
    var hedges = PhraseTable()
    /// Hedge cues that hedge only the quantity they stand before (approximators: `roughly 40%`).
    var quantityHedges: Set<String> = []
    var reporting = PhraseTable()
    var titles = PhraseTable()
    var abbreviations: Set<String> = []
    var labels: Set<String> = []
    /// Month names and their abbreviations (`march`, `mar`): a number beside one is a date.
    public private(set) var months: Set<String> = []
    /// Words that introduce an amount a sentence works out from its other numbers (`which could
    /// generate over $200 million`): a drafted story's `check` records look for them.
    public private(set) var results: Set<String> = []
    /// Words that make a byline's part a job, not an outlet (`By Jane Roe, Staff Writer`).
    public private(set) var bylineRoles: Set<String> = []
    /// Every word a quantity phrase can start with (qualifiers, signs, number and vague words):
    /// a word not in it is passed over with one look-up.
    var starters: Set<String> = []
    /// Lines the reader could not use, as `LINE: reason` (empty for the built-in file).
    public private(set) var problems: [String] = []

    /// The built-in English lexicon.
    public static let english = Lexicon(text: EnglishFile.text)

    /// Reads a lexicon file: `[section]` lines, then `PHRASE | VALUE` or `PHRASE` lines; `#` comments.
    public init(text: String) {
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") { section = String(line.dropFirst().dropLast()); continue }
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingSpaces }
            let phrase = parts[0].lowercased()
            let value = parts.count > 1 ? parts[1] : ""
            if !add(section: section, phrase: phrase, value: value) {
                problems.append("\(index + 1): cannot read `\(line)` in section [\(section)]")
            }
        }
        starters = Set(numbers.keys).union(["a", "an", "half", "quarter", "between"])
            .union(qualifiers.firstWords).union(currencySigns.firstWords).union(vague.firstWords)
    }

    private mutating func add(section: String, phrase: String, value: String) -> Bool {
        switch section {
        case "numbers":
            guard let number = Double(value) else { return false }
            numbers[phrase] = number
        case "scales":
            let fields = value.split(separator: " ")
            guard let first = fields.first, let number = Double(first) else { return false }
            scales[phrase] = (number, fields.count > 1 && fields[1] == "*")
        case "vague": vague.add(phrase, value: phrase)
        case "currency-signs": currencySigns.add(phrase, value: value)
        case "units": units.add(phrase, value: value)
        case "periods": periods.add(phrase, value: value)
        case "qualifiers": qualifiers.add(phrase, value: value)
        case "hedges":
            guard value.isEmpty || value == "quantity" else { return false }
            hedges.add(phrase, value: phrase)
            if value == "quantity" { quantityHedges.insert(phrase) }
        case "reporting": reporting.add(phrase, value: phrase)
        case "titles": titles.add(phrase, value: phrase)
        case "abbreviations": abbreviations.insert(phrase)
        case "labels": labels.insert(phrase.hasSuffix(".") ? String(phrase.dropLast()) : phrase)
        case "months": months.insert(phrase)
        case "results": results.insert(phrase)
        case "byline-roles": bylineRoles.insert(phrase)
        default: return false
        }
        return !phrase.isEmpty
    }
}

/// Phrases of one or more tokens, each with a value, matched longest first.
struct PhraseTable: Sendable {
    private var byFirst: [String: [(tokens: [String], spaced: [Bool], value: String)]] = [:]

    /// Adds a phrase, tokenized as text is. Tokens written together (`A$`, `km/h`) must stand
    /// together in the text too; tokens written apart may stand either way (`us $` matches `US$`).
    mutating func add(_ phrase: String, value: String) {
        let scalars = Array(phrase.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        guard let first = tokens.first?.lower else { return }
        byFirst[first, default: []].append((tokens.map(\.lower), tokens.map(\.spaceBefore), value))
        byFirst[first]!.sort { $0.tokens.count > $1.tokens.count }
    }

    /// The longest phrase starting at `tokens[index]`: its value and the index after it.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (value: String, end: Int)? {
        guard index < tokens.count, let candidates = byFirst[tokens[index].lower] else { return nil }
        let end = limit ?? tokens.count
        for candidate in candidates where index + candidate.tokens.count <= end {
            var same = true
            for (offset, word) in candidate.tokens.enumerated().dropFirst()
            where tokens[index + offset].lower != word || (!candidate.spaced[offset] && tokens[index + offset].spaceBefore) {
                same = false
                break
            }
            if same { return (candidate.value, index + candidate.tokens.count) }
        }
        return nil
    }

    /// Every value of the table, once.
    var allValues: Set<String> { Set(byFirst.values.flatMap { $0.map(\.value) }) }

    /// The first token of every phrase.
    var firstWords: Dictionary<String, [(tokens: [String], spaced: [Bool], value: String)]>.Keys { byFirst.keys }

    /// Whether `word` (one token) is a phrase of its own.
    func contains(_ word: String) -> Bool {
        byFirst[word]?.contains { $0.tokens.count == 1 } ?? false
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
