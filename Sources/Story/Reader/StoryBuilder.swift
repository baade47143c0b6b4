/// The second pass over a data file: records into a `Story`, checking every value and every
/// reference (quotes against the article, source ids, fact ids, duplicate ids), collecting every
/// problem rather than stopping at the first.
struct StoryBuilder {
    var issues: [StoryIssue] = []
    /// Each record's fields, by kind, in file order.
    var sets = KindSets()
    var article = Article(title: "", paragraphs: [], byline: nil)
    /// False when the article could not be built, so quotes are not checked against an empty text.
    var haveArticle = false
    var sources: [Source] = []
    var facts: [Fact] = []
    var assumptions: [Fact] = []
    var claims: [Claim] = []
    var checks: [CheckableClaim] = []
    /// Ids for lookups, filled as their records are read (sets keep large files linear).
    var sourceIds = Set<String>()
    /// The ids of every fact record, and of every fact and assumption record, for `check`s
    /// (built only when the file has checks).
    var factIdSet = Set<String>()
    var factAndAssumptionIds = Set<String>()
    /// The last source id a fact or claim named that exists (nil before the first).
    var lastSource: String?
    /// The last `unit:` value read by the fast path, and the unit it gave.
    var lastUnit: (String, String)?
    /// The index of the sentence the last quote found starts in.
    var lastSentence = 0

    /// Builds the story from `records`; nil when `issues` is not empty.
    mutating func build(_ records: [RawRecord], fields: UnsafeBufferPointer<RawField>, version: Int, hash: ContentHash) -> Story? {
        for record in records {
            let set = FieldSet(record, fields: UnsafeBufferPointer(rebasing: fields[record.fields]), issues: &issues)
            sets[record.keyword].append(set)
        }
        let header = readHeader()
        readArticle(title: header?.title)
        readSources()
        checkDuplicateIds(records)
        if !sets[.check].isEmpty {
            factIdSet = Set(sets[.fact].map(\.record.id))
            factAndAssumptionIds = factIdSet.union(sets[.assumption].map(\.record.id))
        }
        // Each fact is built in its place in the array: a fact is large, and appending one
        // copies it.
        let factSets = sets[.fact]
        facts = Array(unsafeUninitializedCapacity: factSets.count) { buffer, count in
            for set in factSets where readFact(set, into: buffer.baseAddress! + count) { count += 1 }
        }
        for set in sets[.assumption] { readAssumption(set) }
        for set in sets[.claim] { readClaim(set) }
        for set in sets[.check] { readCheck(set) }
        guard issues.isEmpty, let header else { return nil }
        var story = Story(id: header.record.id, title: header.title, outlet: header.outlet, author: header.author,
                          facts: facts, assumptions: assumptions, checkableClaims: checks, contentHash: "")
        story.hash = hash
        story.formatVersion = version
        story.date = header.date
        story.url = header.url
        story.article = article
        story.sources = sources
        story.claims = claims
        return story
    }

    /// The records' field sets by kind: an array indexed by the kind (no hashing per record).
    struct KindSets {
        private var lists = [[FieldSet]](repeating: [], count: RecordKind.allCases.count)
        subscript(kind: RecordKind) -> [FieldSet] {
            get { lists[kind.index] }
            _modify { yield &lists[kind.index] }
        }
    }

    mutating func issue(_ field: RawField, _ message: String) {
        issues.append(StoryIssue(line: field.line, field: field.name, message: message))
    }

    /// The one `story` record.
    mutating func readHeader() -> (record: RawRecord, title: String, outlet: String, author: String, date: String?, url: String?)? {
        let all = sets[.story]
        guard let set = all.first else {
            issues.append(StoryIssue(line: 1, field: "story", message: "missing: the file needs a `story ID` record with title, outlet and author"))
            return nil
        }
        for extra in all.dropFirst() {
            issues.append(StoryIssue(line: extra.record.line, field: "story", message: "a second `story` record (the first is on line \(set.record.line))"))
        }
        if let date = set[.date], !Self.isDate(ValueSyntax.trim(date.value)) {
            issue(date, "expected YYYY, YYYY-MM or YYYY-MM-DD, found `\(RecordParser.clip(date.value))`")
        }
        guard let title = set[.title], let outlet = set[.outlet], let author = set[.author] else { return nil }
        return (set.record, title.value, outlet.value, author.value, set[.date].map { ValueSyntax.trim($0.value) }, set[.url]?.value)
    }

    /// The one `article` record: paragraphs, their sentences, the byline. Without the story's title
    /// (the text's first line) offsets cannot be counted, so quotes are then not checked.
    mutating func readArticle(title: String?) {
        let all = sets[.article]
        guard let set = all.first else {
            issues.append(StoryIssue(line: 1, field: "article", message: "missing: the file needs an `article` record with its paragraphs"))
            return
        }
        for extra in all.dropFirst() {
            issues.append(StoryIssue(line: extra.record.line, field: "article", message: "a second `article` record (the first is on line \(set.record.line))"))
        }
        var sentences: [String] = []
        var paragraphStarts: [Int] = []  // where in `sentences` each paragraph starts
        var ok = true
        // paragraph and sentence fields interleave, so read them in file order
        for field in set.fields where field.key == .paragraph || field.key == .sentence {
            if field.bytes.isEmpty { ok = false; continue }  // reported as an empty value
            if ValueSyntax.contains(field.bytes, byte: UInt8(ascii: "\r")) {
                issue(field, "holds a carriage return inside the line")
                ok = false
                continue
            }
            if field.key == .paragraph {
                paragraphStarts.append(sentences.count)
                sentences.append(field.value)
            } else if paragraphStarts.isEmpty {
                issue(field, "a sentence before the first paragraph: start the paragraph with `paragraph:`")
                ok = false
            } else {
                sentences.append(field.value)
            }
        }
        article = Article(title: title ?? "", sentences: sentences, paragraphStarts: paragraphStarts, byline: set[.byline]?.value)
        haveArticle = ok && !paragraphStarts.isEmpty && title != nil
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible numbers.
    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        let limits = [9999, 12, 31]
        for (i, part) in parts.enumerated() {
            guard i == 0 || part.count == 2, let n = Int(part), (1...limits[i]).contains(n) else { return false }
        }
        return true
    }
}
