extension Substring {
    /// The text split at "\n" bytes, keeping empty lines (an empty text is one empty line).
    /// Splits on UTF-8 bytes rather than Characters: the same lines (a "\n" never joins a grapheme
    /// cluster except after "\r", which notebooks never hold) at a fraction of the cost.
    func newlineSeparated() -> [Substring] {
        // Native strings: scan the contiguous bytes; indices into UTF-8 storage are O(1) to form.
        let fast: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
            var out: [Substring] = []
            let base = utf8.startIndex
            var lineStart = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                out.append(self[utf8.index(base, offsetBy: lineStart)..<utf8.index(base, offsetBy: i)])
                lineStart = i + 1
            }
            out.append(self[utf8.index(base, offsetBy: lineStart)..<endIndex])
            return out
        }
        if let fast { return fast }
        var out: [Substring] = []
        let u = utf8
        var start = u.startIndex
        var i = start
        let end = u.endIndex
        while i != end {
            if u[i] == 0x0A {
                out.append(self[start..<i])
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        out.append(self[start..<end])
        return out
    }

    /// Whether the text starts with `prefix`, compared byte for byte (not by Character, which is
    /// much slower). Writer and reader both use it, so escaping stays consistent.
    func hasBytePrefix(_ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var i = utf8.startIndex
        for b in p {
            guard i != utf8.endIndex, utf8[i] == b else { return false }
            i = utf8.index(after: i)
        }
        return true
    }

}

extension String {
    /// The text split at "\n" bytes (see `Substring.newlineSeparated`).
    func newlineSeparated() -> [Substring] {
        Substring(self).newlineSeparated()
    }
}
