/// The second pass over a data file: records into a `Story`, checking every value and every
/// reference (quotes against the article, source ids, fact ids, duplicate ids), collecting every
/// problem rather than stopping at the first.
struct StoryBuilder {
    var issues: [StoryIssue] = []
    /// The records, and their fields (pointing into the file's bytes while it is read).
    var records: [RawRecord] = []
    var fields = UnsafeBufferPointer<RawField>(start: nil, count: 0)
    /// For each kind (by `RecordKind.index`), its records' indices, in file order.
    var byKind = [[Int]](repeating: [], count: RecordKind.allCases.count)
    var article = Article(title: "", paragraphs: [], byline: nil)
    /// False when the article could not be built, so quotes are not checked against an empty text.
    var haveArticle = false
    var sources: [Source] = []
    var facts: [Fact] = []
    var assumptions: [Fact] = []
    var claims: [Claim] = []
    var checks: [CheckableClaim] = []
    var rates: [StatedRate] = []
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
    /// Whether the whole file is ASCII (a text's scalars are then its bytes).
    var ascii = false
    /// The index of the sentence the last quote found starts in.
    var lastSentence = 0
    /// Where the quotes without `at:` occur, found together when there are many (nil: each is
    /// searched for alone).
    var quoteIndex: QuoteIndex?

    /// Builds the story from `records`; nil when `issues` is not empty.
    ///
    /// Each record's fields are checked (`FieldSet`) when its kind is read, rather than all first:
    /// every problem is still found, and is listed by line; on a line, a record's field problems
    /// (say, a missing field) still come before what the reading finds (a second `story`, a
    /// duplicate id: duplicates are looked for last).
    mutating func build(_ records: [RawRecord], fields: UnsafeBufferPointer<RawField>, version: Int, hash: ContentHash) -> Story? {
        self.records = records
        self.fields = fields
        for (i, record) in records.enumerated() { byKind[record.keyword.index].append(i) }
        let header = readHeader()
        readArticle(title: header?.title)
        indexQuotes()
        readSources()
        if !byKind[RecordKind.check.index].isEmpty {
            factIdSet = Set(byKind[RecordKind.fact.index].map { records[$0].id })
            factAndAssumptionIds = factIdSet.union(byKind[RecordKind.assumption.index].map { records[$0].id })
        }
        // Each fact is built in its place in the array: a fact is large, and appending one
        // copies it.
        let factRecords = byKind[RecordKind.fact.index]
        facts = Array(unsafeUninitializedCapacity: factRecords.count) { buffer, count in
            for r in factRecords where readFact(fieldSet(r), into: buffer.baseAddress! + count) { count += 1 }
        }
        for set in sets(.assumption) { readAssumption(set) }
        for set in sets(.claim) { readClaim(set) }
        for set in sets(.check) { readCheck(set) }
        for set in sets(.rate) { readRate(set) }
        checkDuplicateIds(records)
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
        story.rates = rates
        return story
    }

    /// Finds every quote without `at:` at once when there are more than a few: searched alone,
    /// each would cost a pass over the whole article.
    mutating func indexQuotes() {
        guard haveArticle else { return }
        var quotes = Set<String>()
        for kind in [RecordKind.fact, .assumption, .claim] {
            for r in byKind[kind.index] {
                let record = fields[records[r].fields]
                guard !record.contains(where: { $0.key == .at }), let quote = record.first(where: { $0.key == .quote }) else { continue }
                quotes.insert(quote.value)
            }
        }
        if quotes.count > 8 { quoteIndex = QuoteIndex(quotes: quotes, text: article.text) }
    }

    /// Record `r`'s fields, checked (the problems found are reported now).
    mutating func fieldSet(_ r: Int) -> FieldSet {
        FieldSet(records[r], fields: UnsafeBufferPointer(rebasing: fields[records[r].fields]), issues: &issues)
    }

    /// The field sets of every record of `kind`, in file order (checked now).
    mutating func sets(_ kind: RecordKind) -> [FieldSet] {
        byKind[kind.index].map { fieldSet($0) }
    }

    mutating func issue(_ field: RawField, _ message: String) {
        issues.append(StoryIssue(line: field.line, field: field.name, message: message))
    }

    /// The one `story` record.
    mutating func readHeader() -> (record: RawRecord, title: String, outlet: String, author: String, date: String?, url: String?)? {
        let all = sets(.story)
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
        let all = sets(.article)
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
        article = Article(title: title ?? "", sentences: sentences, paragraphStarts: paragraphStarts, byline: set[.byline]?.value, ascii: ascii)
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
