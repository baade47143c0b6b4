/// A `value:` that starts with its qualifier, as people write it: `about 27 million`,
/// `roughly 200,000`, `up to 10,000`. The qualifier becomes the fact's `qualifier` when that field
/// is not given.
enum QualifiedValue {
    /// Approximators written before the number (the bound words are ValueSyntax's own).
    static let approximators = ["about", "around", "approximately", "roughly", "some", "nearly", "almost"]

    /// The qualifier at the start of `text` and the value after it, or nil when there is none.
    static func split(_ text: String) -> (qualifier: String, value: FactValue)? {
        let t = ValueSyntax.trim(text)
        if t.hasPrefix("up to ") {
            guard case .success(let x) = ValueSyntax.number(String(t.dropFirst(6))) else { return nil }
            return ("up to", .upperBound(x, strict: false))
        }
        for word in approximators where t.hasPrefix(word + " ") {
            guard case .success(let x) = ValueSyntax.number(String(t.dropFirst(word.count + 1))) else { return nil }
            return (word, .point(x))
        }
        for (word, _) in ValueSyntax.bounds where t.hasPrefix(word + " ") {
            return (word, (try? ValueSyntax.value(t).get()) ?? .vague(t))
        }
        return nil
    }

    /// The fact's qualifier: its `qualifier:` field, else the word its `value:` starts with.
    static func qualifier(_ set: FieldSet) -> String? {
        if let field = set[.qualifier] { return ValueSyntax.trim(field.value) }
        return set[.value].flatMap { split($0.value)?.qualifier }
    }
}
