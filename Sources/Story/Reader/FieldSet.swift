/// A record's fields, checked against what its kind allows, for the builder to read by name.
struct FieldSet {
    let record: RawRecord
    private var byName: [String: [RawField]] = [:]

    /// Sorts `record`'s fields by name, reporting unknown, repeated, empty and missing fields.
    init(_ record: RawRecord, issues: inout [StoryIssue]) {
        self.record = record
        let specs = record.keyword.fields
        for field in record.fields {
            guard let (_, count) = specs.first(where: { $0.0 == field.name }) else {
                let known = specs.map(\.0).joined(separator: ", ")
                issues.append(StoryIssue(line: field.line, field: field.name, message: "unknown field for a \(record.keyword.rawValue) (its fields are \(known))"))
                continue
            }
            if ValueSyntax.trim(field.value).isEmpty {
                issues.append(StoryIssue(line: field.line, field: field.name, message: "empty value"))
                continue
            }
            if let first = byName[field.name]?.first, count == .required || count == .optional {
                issues.append(StoryIssue(line: field.line, field: field.name, message: "given twice in \(record.keyword.rawValue)\(Self.name(of: record)) (first on line \(first.line))"))
                continue
            }
            byName[field.name, default: []].append(field)
        }
        for (name, count) in specs where (count == .required || count == .requiredRepeated) && byName[name] == nil {
            // A field given but refused above (empty, say) was already reported.
            if record.fields.contains(where: { $0.name == name }) { continue }
            issues.append(StoryIssue(line: record.line, field: name, message: "missing: a \(record.keyword.rawValue) needs `\(name):`"))
        }
    }

    /// The field called `name`, when given once.
    subscript(name: String) -> RawField? { byName[name]?.first }

    /// Every field called `name`, in file order.
    func all(_ name: String) -> [RawField] { byName[name] ?? [] }

    /// " `soldier_pay`" (with its leading space), or nothing for `article`, for messages.
    static func name(of record: RawRecord) -> String {
        record.id.isEmpty ? "" : " `\(record.id)`"
    }
}
