extension StringProtocol {
    /// The text split at "\n" bytes, keeping empty lines (an empty text is one empty line).
    /// Splits on UTF-8 bytes rather than Characters: the same lines (a "\n" never joins a grapheme
    /// cluster except after "\r", which notebooks never hold) at a fraction of the cost.
    func newlineSeparated() -> [Substring] {
        var out: [Substring] = []
        let u = self.utf8
        var start = u.startIndex
        var i = start
        while i != u.endIndex {
            if u[i] == 0x0A {
                out.append(Substring(self[start..<i]))
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        out.append(Substring(self[start..<u.endIndex]))
        return out
    }
}

extension StringProtocol {
    /// Whether the text starts with `prefix`, compared byte for byte (not by Character, which is
    /// much slower). Writer and reader both use it, so escaping stays consistent.
    func hasBytePrefix(_ prefix: String) -> Bool {
        var i = utf8.startIndex
        for b in prefix.utf8 {
            guard i != utf8.endIndex, utf8[i] == b else { return false }
            i = utf8.index(after: i)
        }
        return true
    }

    /// Whether the text ends with `suffix`, compared byte for byte.
    func hasByteSuffix(_ suffix: String) -> Bool {
        let n = utf8.count, m = suffix.utf8.count
        return n >= m && utf8.dropFirst(n - m).elementsEqual(suffix.utf8)
    }
}
