/// The second pass over a data file: records into a `Story`, checking every value and every
/// reference (quotes against the article, source ids, fact ids, duplicate ids), collecting every
/// problem rather than stopping at the first.
struct StoryBuilder {
    var issues: [StoryIssue] = []
    /// Each record's fields, by kind, in file order.
    var sets: [RecordKind: [FieldSet]] = [:]
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
    var factIdSet = Set<String>()
    var factAndAssumptionIds = Set<String>()

    /// Builds the story from `records`; nil when `issues` is not empty.
    mutating func build(_ records: [RawRecord], version: Int, hash: String) -> Story? {
        for record in records {
            sets[record.keyword, default: []].append(FieldSet(record, issues: &issues))
        }
        let header = readHeader()
        readArticle(title: header?.title)
        readSources()
        checkDuplicateIds()
        factIdSet = Set((sets[.fact] ?? []).map(\.record.id))
        factAndAssumptionIds = factIdSet.union((sets[.assumption] ?? []).map(\.record.id))
        for set in sets[.fact] ?? [] { readFact(set) }
        for set in sets[.assumption] ?? [] { readAssumption(set) }
        for set in sets[.claim] ?? [] { readClaim(set) }
        for set in sets[.check] ?? [] { readCheck(set) }
        guard issues.isEmpty, let header else { return nil }
        var story = Story(id: header.record.id, title: header.title, outlet: header.outlet, author: header.author,
                          facts: facts, assumptions: assumptions, checkableClaims: checks, contentHash: hash)
        story.formatVersion = version
        story.date = header.date
        story.url = header.url
        story.article = article
        story.sources = sources
        story.claims = claims
        return story
    }

    mutating func issue(_ field: RawField, _ message: String) {
        issues.append(StoryIssue(line: field.line, field: field.name, message: message))
    }

    /// The one `story` record.
    mutating func readHeader() -> (record: RawRecord, title: String, outlet: String, author: String, date: String?, url: String?)? {
        let all = sets[.story] ?? []
        guard let set = all.first else {
            issues.append(StoryIssue(line: 1, field: "story", message: "missing: the file needs a `story ID` record with title, outlet and author"))
            return nil
        }
        for extra in all.dropFirst() {
            issues.append(StoryIssue(line: extra.record.line, field: "story", message: "a second `story` record (the first is on line \(set.record.line))"))
        }
        if let date = set["date"], !Self.isDate(ValueSyntax.trim(date.value)) {
            issue(date, "expected YYYY, YYYY-MM or YYYY-MM-DD, found `\(RecordParser.clip(date.value))`")
        }
        guard let title = set["title"], let outlet = set["outlet"], let author = set["author"] else { return nil }
        return (set.record, title.value, outlet.value, author.value, set["date"].map { ValueSyntax.trim($0.value) }, set["url"]?.value)
    }

    /// The one `article` record: paragraphs, their sentences, the byline. Without the story's title
    /// (the text's first line) offsets cannot be counted, so quotes are then not checked.
    mutating func readArticle(title: String?) {
        let all = sets[.article] ?? []
        guard let set = all.first else {
            issues.append(StoryIssue(line: 1, field: "article", message: "missing: the file needs an `article` record with its paragraphs"))
            return
        }
        for extra in all.dropFirst() {
            issues.append(StoryIssue(line: extra.record.line, field: "article", message: "a second `article` record (the first is on line \(set.record.line))"))
        }
        var paragraphs: [[String]] = []
        var ok = true
        // paragraph and sentence fields interleave, so read them in file order
        for field in set.record.fields where field.name == "paragraph" || field.name == "sentence" {
            if field.value.isEmpty { ok = false; continue }  // reported as an empty value
            if field.value.unicodeScalars.contains("\r") {
                issue(field, "holds a carriage return inside the line")
                ok = false
                continue
            }
            if field.name == "paragraph" {
                paragraphs.append([field.value])
            } else if paragraphs.isEmpty {
                issue(field, "a sentence before the first paragraph: start the paragraph with `paragraph:`")
                ok = false
            } else {
                paragraphs[paragraphs.count - 1].append(field.value)
            }
        }
        article = Article(title: title ?? "", paragraphs: paragraphs, byline: set["byline"]?.value)
        haveArticle = ok && !paragraphs.isEmpty && title != nil
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
