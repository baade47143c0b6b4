import Extract
import Story

/// Builds a drafted story file's text, record by record.
struct DraftWriter {
    private(set) var text = ""

    mutating func line(_ s: String) { text += s + "\n" }
    mutating func review(_ s: String) { line("  # review: " + s) }

    mutating func header(fileName: String) {
        line("dossier-story 1")
        line("# Drafted by `dossier draft` from \(fileName). Read it top to bottom: every `# review:` line")
        line("# marks something the drafter was unsure of or left out. Sentence ids are PARAGRAPH.SENTENCE.")
        line("")
    }

    /// The `story` record: the author from the masthead's byline (else the closing byline's words
    /// after `By`), its date when a date line gives one.
    mutating func story(id: String, title: String, outlet: String?, masthead: Masthead, closingByline: String?) {
        line("story \(id)")
        line("  title: \(title)")
        if let outlet {
            line("  outlet: \(outlet)")
        } else {
            review("the text does not name its outlet")
            line("  outlet: unknown")
        }
        if let author = masthead.author ?? closingByline.map({ String($0.dropFirst(3)) }) {
            if let unmarked = masthead.unmarkedByline { review("author and outlet read from “\(unmarked)”, a line with no `By`: check them") }
            line("  author: \(author)")
        } else {
            review("no byline (`By …`) found")
            line("  author: unknown")
        }
        if let date = masthead.date { line("  date: \(date)") }
        line("")
    }

    mutating func article(_ paragraphs: [[String]], byline: String?) {
        line("article")
        for sentences in paragraphs {
            for (i, sentence) in sentences.enumerated() { line("  \(i == 0 ? "paragraph" : "sentence"): \(sentence)") }
        }
        if let byline { line("  byline: \(byline)") }
        line("")
    }

    mutating func sources(_ sources: DraftSources) {
        for source in sources.records {
            line("source \(source.id)")
            line("  name: \(source.name)")
            for note in source.reviews { review(note) }
            if let role = source.role { line("  role: \(role)") }
            if let via = source.via { line("  via: \(via)") }
            line("")
        }
    }

    /// The extractor's units that the story format reads as plain numbers (`x`, "times", is
    /// written `times`: a story's `x` would read as a name).
    static let plainNumberUnits: Set<String> = ["count", "%", "pp", "x"]

    /// Writes the fact, or a comment saying why it is left out; true when written.
    @discardableResult
    mutating func fact(_ q: ExtractedQuantity, id: String, sourceId: String, unitKnown: Bool) -> Bool {
        let unit = (q.unit == "x" ? "times" : q.unit) + (q.per.map { "/" + $0 } ?? "")
        guard unitKnown else {
            line("# review: left out \(q.sentence) “\(q.text)” (\(unit)): the unit is not one a session computes with yet")
            line("")
            return false
        }
        guard let value = Self.value(q) else {
            line("# review: left out \(q.sentence) “\(q.text)”: the story format writes no negative amount, no range from high to low, and no number this large or small in digits")
            line("")
            return false
        }
        line("fact \(id)")
        if let about = q.about { line("  about: \(about)") }
        line("  value: \(value)")
        line("  unit: \(unit)")
        if let qualifier = q.qualifier { line("  qualifier: \(qualifier)") }
        let hedges = q.hedges.compactMap(Self.hedge)
        if !hedges.isEmpty { line("  hedges: \(hedges.joined(separator: ", "))") }
        if q.source == nil { review("no speaker found: attributed to the outlet") }
        line("  source: \(sourceId)")
        if q.attribution != "stated" { line("  attribution: \(q.attribution)") }
        line("  quote: \(q.text)")
        line("  at: \(q.start)..<\(q.end)")
        line("")
        return true
    }

    /// The value as the story format writes it, or nil when it cannot (a negative amount, a range
    /// from high to low).
    static func value(_ q: ExtractedQuantity) -> String? {
        if let vague = q.vague { return "vague \(vague)" }
        if let low = q.low, let high = q.high {
            // A range runs from low to high (`7104-13.12` read as one is no range); equal ends are a number.
            guard let lo = number(low), let hi = number(high), low <= high else { return nil }
            return low == high ? lo : "\(lo) to \(hi)"
        }
        guard let v = number(q.value ?? 0) else { return nil }
        switch q.bound {
        case "over": return "over \(v)"
        case "at-least": return "at least \(v)"
        case "under": return "under \(v)"
        case "at-most", "up-to": return "at most \(v)"
        default: return v
        }
    }

    /// A number as the story format writes it: with a scale word when that reads back as the same
    /// number (`4 million`, `2.5 trillion`), else in digits grouped by three (`600,000`, `1.6`).
    /// Nil for a negative or non-finite number, or one too large for digits and scale words.
    static func number(_ value: Double) -> String? {
        guard value.isFinite, value >= 0 else { return nil }
        for (word, scale) in [("trillion", 1e12), ("billion", 1e9), ("million", 1e6)] where value >= scale {
            // at most three decimals, and exactly the number again when read (mantissa × scale)
            let mantissa = (value / scale * 1000).rounded() / 1000
            if mantissa * scale == value, mantissa < 1e15, let digits = digits(mantissa) { return digits + " " + word }
        }
        return digits(value)
    }

    /// Digits in groups of three (`2,000,000`), the decimals as Swift prints the number (`1.6`,
    /// the shortest that reads back the same); nil from 10^15, where digits stop being exact.
    static func digits(_ value: Double) -> String? {
        guard value < 1e15 else { return nil }
        let printed = "\(value)"
        guard !printed.contains("e") else { return nil }
        let parts = printed.split(separator: ".")
        var whole = String(parts[0]), grouped = ""
        while whole.count > 3 { grouped = "," + whole.suffix(3) + grouped; whole.removeLast(3) }
        grouped = whole + grouped
        return parts.count == 2 && parts[1] != "0" ? grouped + "." + parts[1] : grouped
    }

    /// A hedge cue as the story format takes it: a known word, or a word with its class.
    static func hedge(_ word: String) -> String? {
        if word == "according to" { return "according" }
        guard !word.contains(" ") else { return nil }
        if HedgeLexicon.kind(of: word) != nil { return word }
        return classes[word].map { "\(word) (\($0))" }
    }

    /// A hedge cue's class (`reportative`, `possibility`…), or nil for one the format cannot write.
    static func hedgeClass(_ word: String) -> String? {
        if word == "according to" { return HedgeKind.reportative.rawValue }
        return HedgeLexicon.kind(of: word)?.rawValue ?? classes[word]
    }

    /// The classes of the extractor's cues that the story format does not know by themselves.
    static let classes: [String: String] = [
        "told": "reportative", "tells": "reportative", "wrote": "reportative", "writes": "reportative", "added": "reportative",
        "adds": "reportative", "stated": "reportative", "states": "reportative", "announced": "reportative", "announces": "reportative",
        "confirmed": "reportative", "confirms": "reportative", "report": "reportative", "say": "reportative", "allegedly": "reportative",
        "purportedly": "reportative", "supposedly": "reportative", "apparently": "reportative", "warned": "reportative", "warns": "reportative",
        "notes": "reportative", "argues": "reportative", "suggests": "reportative", "claims": "reportative", "explained": "reportative",
        "emphasized": "reportative", "emphasised": "reportative", "cited": "reportative", "quoted": "reportative",
        "showed": "reportative", "shows": "reportative", "predicted": "probability", "predicts": "probability",
        "estimated": "probability", "estimate": "probability", "estimates": "probability", "expect": "probability",
        "expects": "probability", "projected": "probability", "forecast": "probability", "unlikely": "probability",
        "believes": "belief", "suspected": "belief", "seems": "belief", "appears": "belief",
        "can": "possibility", "perhaps": "possibility", "almost": "approximator", "some": "approximator",
    ]
}
