import Language
/// Tab completion: what the word before the cursor could become.
extension Session {
    /// The completions for the word that ends at byte `cursorByte` of `line`.
    ///
    /// `replaceFrom` is the byte offset where that word starts; each candidate is a whole
    /// replacement for the bytes `replaceFrom..<cursorByte`. A word starting with `:` at the start
    /// of the line completes to a command (`:hel` → `:help`), the word after `:help` to a command
    /// name, the word after `:fact` to an id `:fact` shows, the word after `:hedge` to a hedge word, and any other word to a name: a variable, fact or assumption id, function or unit.
    /// Candidates are sorted and unique; an empty list means nothing fits.
    public func completions(forLine line: String, cursorByte: Int) -> (replaceFrom: Int, candidates: [String]) {
        let bytes = Array(line.utf8)
        let cursor = min(max(0, cursorByte), bytes.count)
        var start = cursor
        while start > 0, Self.isWordByte(bytes[start - 1]) { start -= 1 }
        let isCommand = start > 0 && bytes[start - 1] == UInt8(ascii: ":")
            && bytes[..<(start - 1)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if isCommand { start -= 1 }
        let word = String(decoding: bytes[start..<cursor], as: UTF8.self)
        let pool: [String]
        if isCommand {
            pool = Commands.all.map { ":" + $0.name }
        } else if String(decoding: bytes[..<start], as: UTF8.self).trimmingWhitespace() == ":help" {
            pool = Commands.all.map(\.name)
        } else if String(decoding: bytes[..<start], as: UTF8.self).trimmingWhitespace() == ":fact" {
            // Only what `:fact` shows (`:fact gra` → `grain_production`, not the unit `gram`).
            pool = StoryFactView.ids(story)
        } else if String(decoding: bytes[..<start], as: UTF8.self).trimmingWhitespace() == ":hedge" {
            // The table's one-word rows (`:hedge aro` → `around`).
            pool = hedgeTable.rows.map(\.word).filter { !$0.contains(" ") }
        } else {
            guard !word.isEmpty else { return (start, []) }
            pool = completionNames()
        }
        let matches = Set(pool.filter { $0.hasPrefix(word) })
        return (start, matches.sorted())
    }

    /// Every name an expression may refer to, for completion: variables, facts, assumptions,
    /// functions and units.
    func completionNames() -> [String] {
        allNames
    }

    /// Bytes that belong to a completable word: ASCII letters, digits, `_`, and any non-ASCII byte.
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }
}
