/// Facts, assumptions, claims and checkable claims.
extension StoryBuilder {
    /// A `fact` record, built in place at `slot` (a fact is large: returning one copies it);
    /// false when it has problems, `slot` then left uninitialized.
    mutating func readFact(_ set: FieldSet, into slot: UnsafeMutablePointer<Fact>) -> Bool {
        let value = amount(set)
        let unit = unit(set)
        let q = quote(set)
        let hedges = hedges(set, quote: q)
        let attributed = attributedSource(set)
        guard let value, let unit, let q, let (sourceId, attribution) = attributed else { return false }
        let notes = set.all(.note)
        let fact = Fact(id: set.record.id, value: value, unit: unit, qualifier: QualifiedValue.qualifier(set),
                        hedges: hedges, line: set.record.line, about: set[.about]?.value ?? "", sourceId: sourceId,
                        attribution: attribution, quote: q, estimates: [], notes: notes.isEmpty ? [] : notes.map(\.value))
        slot.initialize(to: consume fact)
        return true
    }

    /// An `assumption` record: a number from outside the article, with the estimates behind it.
    mutating func readAssumption(_ set: FieldSet) {
        let value = amount(set)
        let unit = unit(set)
        if case .vague? = value, let field = set[.value] {
            issue(field, "an assumption needs a number, not vague words")
            return
        }
        var estimates: [Estimate] = []
        for field in set.all(.estimate) {
            if let e = estimate(field, within: value) { estimates.append(e) }
        }
        guard let value, let unit, estimates.count == set.all(.estimate).count else { return }
        var fact = Fact(id: set.record.id, value: value, unit: unit, qualifier: nil, hedges: [], line: set.record.line)
        fact.about = set[.about]?.value ?? ""
        fact.estimates = estimates
        fact.notes = set.all(.note).map(\.value)
        assumptions.append(fact)
    }

    /// `estimate: VALUE | SOURCE | YEAR [| BASIS]`, its value inside the assumption's.
    mutating func estimate(_ field: RawField, within value: FactValue?) -> Estimate? {
        let parts = field.value.split(separator: "|", omittingEmptySubsequences: false).map { ValueSyntax.trim(String($0)) }
        guard parts.count == 3 || parts.count == 4, !parts[2].isEmpty else {
            issue(field, "expected `VALUE | SOURCE | YEAR` or `VALUE | SOURCE | YEAR | BASIS`")
            return nil
        }
        guard case .success(let v) = ValueSyntax.number(parts[0]) else {
            issue(field, "expected a number such as `5.35 million` before the first `|`, found `\(RecordParser.clip(parts[0]))`")
            return nil
        }
        guard sourceExists(field, parts[1]) else { return nil }
        if let value, !Self.contains(value, v) {
            issue(field, "\(parts[0]) lies outside the assumption's value")
            return nil
        }
        return Estimate(value: v, sourceId: parts[1], year: parts[2], basis: parts.count == 4 ? parts[3] : "")
    }

    /// Whether `x` lies within `value` (a point only holds itself).
    static func contains(_ value: FactValue, _ x: Double) -> Bool {
        switch value {
        case .point(let v): x == v
        case .range(let lo, let hi): lo <= x && x <= hi
        case .lowerBound(let b, let strict): strict ? x > b : x >= b
        case .upperBound(let b, let strict): strict ? x < b : x <= b
        case .vague: true
        }
    }

    /// A `claim` record.
    mutating func readClaim(_ set: FieldSet) {
        let q = quote(set)
        let hedges = hedges(set, quote: q)
        let attributed = attributedSource(set)
        guard let q, let (sourceId, attribution) = attributed, let about = set[.about] else { return }
        claims.append(Claim(id: set.record.id, about: about.value, sourceId: sourceId, attribution: attribution, hedges: hedges,
                            quote: q, notes: set.all(.note).map(\.value), line: set.record.line))
    }

    /// A `check` record: the formula's names with an underscore must be facts or assumptions (unit
    /// names have none), and the stated result must be a fact.
    mutating func readCheck(_ set: FieldSet) {
        let q = set[.quote] == nil ? nil : quote(set)
        if set[.quote] == nil, let at = set[.at] { issue(at, "`at:` without `quote:`") }
        guard let formula = set[.formula], let stated = set[.stated] else { return }
        var ok = q != nil || set[.quote] == nil
        for name in Self.names(in: formula.value) where name.contains("_") && !factAndAssumptionIds.contains(name) {
            issue(formula, "unknown fact `\(name)`")
            ok = false
        }
        let statedId = ValueSyntax.trim(stated.value)
        if !factIdSet.contains(statedId) {
            issue(stated, "`\(RecordParser.clip(statedId))` is not a fact of this story")
            ok = false
        }
        guard ok else { return }
        var check = CheckableClaim(id: set.record.id, formula: ValueSyntax.trim(formula.value), statedFactId: statedId, line: set.record.line)
        check.about = set[.about]?.value ?? ""
        check.quote = q
        checks.append(check)
    }

    /// The identifiers in a formula: runs of letters, digits and underscores starting with a letter or `_`.
    static func names(in formula: String) -> [String] {
        var out: [String] = [], current = ""
        for c in formula.unicodeScalars {
            if RecordKind.isLetter(c) || c == "_" || (!current.isEmpty && ("0"..."9").contains(c)) {
                current.unicodeScalars.append(c)
            } else {
                if !current.isEmpty { out.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The `value:` of a fact or assumption.
    mutating func amount(_ set: FieldSet) -> FactValue? {
        guard let field = set[.value] else { return nil }
        if let n = ValueSyntax.plainNumber(field.bytes) { return .point(n) }
        if let (_, value) = QualifiedValue.split(field.value), case .point = value { return value }
        if let (word, value) = QualifiedValue.split(field.value), word == "up to" { return value }
        switch ValueSyntax.value(field.value) {
        case .success(let v): return v
        case .failure(let p): issue(field, p.message); return nil
        }
    }

    /// The `unit:` of a fact or assumption.
    mutating func unit(_ set: FieldSet) -> String? {
        guard let field = set[.unit] else { return nil }
        // Facts in a row mostly have the same unit: the same bytes are the same unit again.
        if let (text, unit) = lastUnit, ValueSyntax.equal(text, field.bytes) { return unit }
        if let unit = ValueSyntax.plainUnit(field.bytes) {
            lastUnit = (field.value, unit)
            return unit
        }
        switch ValueSyntax.unit(field.value) {
        case .success(let u): return u
        case .failure(let p): issue(field, p.message); return nil
        }
    }
}
