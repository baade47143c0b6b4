/// A record's fields, checked against what its kind allows, for the builder to read by name.
///
/// No dictionary per record: where each field name is first given is kept in a fixed-size
/// table by the name's place in the kind's list of fields (at most ten).
struct FieldSet {
    let record: RawRecord
    /// The record's fields, in file order (pointing into the file's bytes while it is read).
    let fields: UnsafeBufferPointer<RawField>
    /// Indices (into `fields`) of the refused fields, ascending; empty in a good file.
    private var refused: [Int] = []
    /// For the kind's field number `s`, the index in `fields` of the first accepted one, or -1.
    private var first: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1)

    /// Checks `record`'s fields (`fields`), reporting unknown, repeated, empty and missing fields.
    init(_ record: RawRecord, fields: UnsafeBufferPointer<RawField>, issues: inout [StoryIssue]) {
        self.record = record
        self.fields = fields
        let kind = record.keyword
        let single = kind.singleMask
        var given: UInt64 = 0  // bit s: a field of kind.fields[s] was accepted
        for i in fields.indices {
            let field = fields[i]
            guard let key = field.key, let s = kind.position(of: key) else {
                let known = kind.fields.map(\.0.rawValue).joined(separator: ", ")
                issues.append(StoryIssue(line: field.line, field: field.name, message: "unknown field for a \(kind.rawValue) (its fields are \(known))"))
                refused.append(i)
                continue
            }
            if ValueSyntax.isBlank(field.bytes) {
                issues.append(StoryIssue(line: field.line, field: field.name, message: "empty value"))
                refused.append(i)
                continue
            }
            let bit: UInt64 = 1 << UInt64(s)
            if given & bit != 0 {
                if single & bit != 0 {
                    let firstLine = fields[Int(firstIndex(s))].line
                    issues.append(StoryIssue(line: field.line, field: field.name, message: "given twice in \(kind.rawValue)\(Self.name(of: record)) (first on line \(firstLine))"))
                    refused.append(i)
                }
                continue
            }
            setFirstIndex(s, Int32(i))
            given |= bit
        }
        let missing = kind.requiredMask & ~given
        guard missing != 0 else { return }
        for (s, (name, _)) in kind.fields.enumerated() where missing & (1 << UInt64(s)) != 0 {
            // A field given but refused above (empty, say) was already reported.
            if fields.contains(where: { $0.key == name }) { continue }
            issues.append(StoryIssue(line: record.line, field: name.rawValue, message: "missing: a \(kind.rawValue) needs `\(name.rawValue):`"))
        }
    }

    private func firstIndex(_ s: Int) -> Int32 {
        withUnsafeBytes(of: first) { $0.load(fromByteOffset: 4 * s, as: Int32.self) }
    }

    private mutating func setFirstIndex(_ s: Int, _ i: Int32) {
        withUnsafeMutableBytes(of: &first) { $0.storeBytes(of: i, toByteOffset: 4 * s, as: Int32.self) }
    }

    /// Whether `fields[i]` was refused.
    private func isRefused(_ i: Int) -> Bool {
        if refused.isEmpty { return false }
        var lo = 0, hi = refused.count  // binary search: a broken article may refuse thousands
        while lo < hi {
            let mid = (lo + hi) / 2
            if refused[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < refused.count && refused[lo] == i
    }

    /// The field called `name`, when given once.
    subscript(name: FieldName) -> RawField? {
        guard let s = record.keyword.position(of: name) else { return nil }
        let i = firstIndex(s)
        return i < 0 ? nil : fields[Int(i)]
    }

    /// Every field called `name`, in file order.
    func all(_ name: FieldName) -> [RawField] {
        var out: [RawField] = []
        for i in fields.indices where fields[i].key == name && !isRefused(i) {
            out.append(fields[i])
        }
        return out
    }

    /// " `soldier_pay`" (with its leading space), or nothing for `article`, for messages.
    static func name(of record: RawRecord) -> String {
        record.id.isEmpty ? "" : " `\(record.id)`"
    }
}
