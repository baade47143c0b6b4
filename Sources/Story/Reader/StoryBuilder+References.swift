/// Sources, ids, quotes and hedges: the parts of a record that refer to something else.
extension StoryBuilder {
    /// Every `source` record, then each `via` checked for existence and loops.
    mutating func readSources() {
        var seen: [String: Int] = [:]
        var accepted: [FieldSet] = []
        for set in sets(.source) {
            let id = set.record.id
            if let first = seen[id] {
                issues.append(StoryIssue(line: set.record.line, field: "source", message: "duplicate source id `\(id)` (first on line \(first))"))
                continue
            }
            seen[id] = set.record.line
            sourceIds.insert(id)
            accepted.append(set)
            guard let name = set[.name] else { continue }
            sources.append(Source(id: id, name: name.value, role: set[.role]?.value ?? "",
                                  via: set[.via].map { ValueSyntax.trim($0.value) }, line: set.record.line))
        }
        // Follow each chain once: a source is `done` when its chain is known to end, so every
        // source is walked at most once overall, and a walk that meets itself is a loop.
        // Each loop is reported once, at the `via` of the source where the walk first re-enters it.
        let via = Dictionary(sources.map { ($0.id, $0.via) }, uniquingKeysWith: { first, _ in first })
        var viaFields: [String: RawField] = [:]
        for set in accepted { viaFields[set.record.id] = set[.via] }
        var done = Set<String>()
        for set in accepted {
            guard let field = set[.via] else { done.insert(set.record.id); continue }
            if !sourceExists(field, ValueSyntax.trim(field.value)) { continue }
            var path = [set.record.id], onPath: Set = [set.record.id]
            var next = via[set.record.id] ?? nil
            while let current = next, !done.contains(current) {
                if onPath.contains(current) {
                    let loop = Array(path[path.firstIndex(of: current)!...]) + [current]
                    issue(viaFields[current] ?? field, "the chain loops: " + loop.joined(separator: " → "))
                    break
                }
                path.append(current)
                onPath.insert(current)
                next = via[current] ?? nil
            }
            done.formUnion(path)
        }
    }

    /// Whether `id` names a source; reports the field when not.
    mutating func sourceExists(_ field: RawField, _ id: String) -> Bool {
        if sourceIds.contains(id) { return true }
        let known = sources.map(\.id).joined(separator: ", ")
        issue(field, "unknown source `\(RecordParser.clip(id))` (sources: \(known.isEmpty ? "none defined" : known))")
        return false
    }

    /// Facts, assumptions, claims and checks share one name space: each id once.
    mutating func checkDuplicateIds(_ records: [RawRecord]) {
        // Most files have no duplicate: a table of the ids says so; only then are the messages
        // worked out. These ids passed `isIdentifier` (ASCII), so equal ids are equal bytes and a
        // byte hash finds them.
        guard Self.hasRepeatedId(records) else { return }
        var seen: [String: (RecordKind, Int)] = [:]
        seen.reserveCapacity(records.count)
        // `records` are in file order, so in line order
        for r in records where r.keyword == .fact || r.keyword == .assumption || r.keyword == .claim || r.keyword == .check {
            if let (kind, line) = seen[r.id] {
                issues.append(StoryIssue(line: r.line, field: r.keyword.rawValue, message: "duplicate id `\(r.id)` (already a \(kind.rawValue) on line \(line))"))
            } else {
                seen[r.id] = (r.keyword, r.line)
            }
        }
    }

    /// Whether two facts, assumptions, claims or checks among `records` have the same id (open
    /// addressing on an FNV-1a hash of the bytes).
    static func hasRepeatedId(_ records: [RawRecord]) -> Bool {
        var size = 16
        while size < 2 * records.count { size *= 2 }
        var table = [Int32](repeating: -1, count: size)
        for (k, record) in records.enumerated() where record.keyword == .fact || record.keyword == .assumption || record.keyword == .claim || record.keyword == .check {
            var id = record.id
            let repeated = id.withUTF8 { bytes -> Bool in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
                var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (size - 1)
                while table[slot] >= 0 {
                    var other = records[Int(table[slot])].id
                    if other.withUTF8({ $0.elementsEqual(bytes) }) { return true }
                    slot = (slot + 1) & (size - 1)
                }
                table[slot] = Int32(k)
                return false
            }
            if repeated { return true }
        }
        return false
    }

    /// The `source:` and `attribution:` of a fact or claim.
    mutating func attributedSource(_ set: FieldSet) -> (String, Attribution)? {
        var attribution = Attribution.stated
        if let field = set[.attribution] {
            guard let a = Attribution(rawValue: ValueSyntax.trim(field.value)) else {
                issue(field, "expected one of \(Attribution.allCases.map(\.rawValue).joined(separator: ", ")), found `\(RecordParser.clip(field.value))`")
                return nil
            }
            attribution = a
        }
        guard let field = set[.source] else { return nil }
        // Facts in a row mostly name the same source: one known to exist, spelled by the same
        // bytes, is neither built again nor looked up.
        let (start, end) = ValueSyntax.trimmed(field.bytes)
        let spelled = UnsafeBufferPointer(rebasing: field.bytes[start..<end])
        if let lastSource, ValueSyntax.equal(lastSource, spelled) { return (lastSource, attribution) }
        let id = String(decoding: spelled, as: UTF8.self)
        guard sourceExists(field, id) else { return nil }
        lastSource = id
        return (id, attribution)
    }

    /// The `quote:` (and `at:`) of a record, found in the article. With `at:` the text there must be
    /// the quote; without it the quote must occur exactly once.
    mutating func quote(_ set: FieldSet) -> Quote? {
        guard let field = set[.quote], haveArticle else { return nil }
        let exact = field.value
        let length = ascii ? field.bytes.count : Article.scalarCount(field.bytes)
        var start: Int
        if let at = set[.at] {
            switch ValueSyntax.plainOffsets(at.bytes).map(Result.success) ?? ValueSyntax.offsets(at.value) {
            case .failure(let p): issue(at, p.message); return nil
            case .success(let (a, b)):
                guard b - a == length else {
                    issue(at, "\(a)..<\(b) spans \(b - a) code points but the quote has \(length)\(hint(exact))")
                    return nil
                }
                // Equal scalars are the common case; otherwise compare as strings do (canonical
                // equivalence), as before.
                guard article.reads(field.bytes, from: a, to: b) || article.slice(a, b) == exact else {
                    let found = article.slice(a, b)
                    issue(at, "the article at \(a)..<\(b) reads `\(RecordParser.clip(found))`, not the quote\(hint(exact))")
                    return nil
                }
                start = a
            }
        } else {
            let hits = quoteIndex?.hits[exact] ?? article.occurrences(of: exact)
            guard hits.count == 1 else {
                if hits.isEmpty {
                    issue(field, "not found in the article text\(straightQuoteHint(exact))")
                } else {
                    issue(field, "found \(hits.count) times in the article (at \(hits.map(String.init).joined(separator: ", "))): give `at: START..<END`")
                }
                return nil
            }
            start = hits[0]
        }
        guard let sentence = article.sentenceIndex(at: start, hint: lastSentence) else {
            issue(field, "lies in the title or byline: quote a sentence of the body")
            return nil
        }
        lastSentence = sentence
        return Quote(exact: exact, start: start, end: start + length, paragraph: article.sentences[sentence].paragraph,
                     sentence: article.sentences[sentence].number)
    }

    /// Where the quote does occur, for an `at:` that points elsewhere.
    func hint(_ exact: String) -> String {
        let hits = article.occurrences(of: exact)
        if hits.isEmpty { return " (and the quote is not in the article\(straightQuoteHint(exact)))" }
        let end = hits[0] + exact.unicodeScalars.count
        return " (the quote is at \(hits[0])..<\(end))"
    }

    /// A hint when the quote would match with curly apostrophes and quotation marks.
    func straightQuoteHint(_ exact: String) -> String {
        let curly = exact.unicodeScalars.map { Self.curled($0) }
        var alternatives = Set<String>()
        for option in 0..<2 {
            var s = ""
            s.unicodeScalars.append(contentsOf: curly.map { option == 0 ? $0.0 : $0.1 })
            alternatives.insert(s)
        }
        alternatives.remove(exact)
        return alternatives.contains { !article.occurrences(of: $0).isEmpty }
            ? "; the article uses curly quotes (’ “ ”) where the quote has straight ones, or the other way round" : ""
    }

    /// A scalar with its curly and straight readings.
    static func curled(_ c: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar) {
        switch c {
        case "'", "’": ("’", "'")
        case "\"", "“", "”": ("“", "\"")
        default: (c, c)
        }
    }

    /// The `hedges:` of a record, each checked to occur in the quoted sentence(s).
    mutating func hedges(_ set: FieldSet, quote: Quote?) -> [Hedge] {
        guard let field = set[.hedges] else { return [] }
        switch ValueSyntax.hedges(field.value) {
        case .failure(let p):
            issue(field, p.message)
            return []
        case .success(let hedges):
            guard let quote else { return hedges }
            let sentences = article.sentences(overlapping: quote.start, quote.end)
            let text = sentences.map { $0.text.lowercased() }.joined(separator: " ")
            for hedge in hedges where !Self.containsWord(text, hedge.word.lowercased()) {
                issue(field, "`\(hedge.word)` does not occur in the quoted sentence \(sentences.map(\.id).joined(separator: ", "))")
            }
            return hedges
        }
    }

    /// Whether `word` occurs in `text` as a whole word (not inside a longer run of letters).
    static func containsWord(_ text: String, _ word: String) -> Bool {
        let t = Array(text.unicodeScalars), w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count <= t.count else { return false }
        for i in 0...(t.count - w.count) where t[i] == w[0] {
            guard Array(t[i..<(i + w.count)]) == w else { continue }
            let before = i == 0 || !t[i - 1].properties.isAlphabetic
            let after = i + w.count == t.count || !t[i + w.count].properties.isAlphabetic
            if before && after { return true }
        }
        return false
    }
}
