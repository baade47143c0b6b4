extension StoryBuilder {
    /// `rate ID`: an exchange rate with its source and date. The amounts (`1 USD = 1,380 KRW`) are
    /// only checked for their shape here; the session reads them against its currencies.
    mutating func readRate(_ set: FieldSet) {
        guard let value = set[.value], let source = set[.source], let date = set[.date] else { return }
        var ok = true
        let text = ValueSyntax.trim(value.value)
        let sides = text.split(separator: "=", omittingEmptySubsequences: false)
        if sides.count != 2 || sides.contains(where: { $0.allSatisfy { $0 == " " } }) {
            issue(value, "a rate is two amounts joined by `=`, like `1 USD = 1,380 KRW`")
            ok = false
        }
        let sourceId = ValueSyntax.trim(source.value)
        if !sourceExists(source, sourceId) { ok = false }
        let when = ValueSyntax.trim(date.value)
        if !Self.isDate(when) {
            issue(date, "expected YYYY, YYYY-MM or YYYY-MM-DD, found `\(RecordParser.clip(date.value))`")
            ok = false
        }
        guard ok else { return }
        var rate = StatedRate(id: set.record.id, value: text, sourceId: sourceId, date: when, line: value.line)
        rate.notes = set.all(.note).map(\.value)
        rates.append(rate)
    }
}
