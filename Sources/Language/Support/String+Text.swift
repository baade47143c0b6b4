extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        // Fast path: ASCII text with no surrounding space (most input) is returned as it is.
        let plain = utf8.withContiguousStorageIfAvailable { b in
            guard let first = b.first, let last = b.last else { return false }
            return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
        }
        if plain ?? false { return self }
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The string with ANSI escape sequences (colour, bold) removed, as cells record output.
    public func strippingANSI() -> String {
        guard utf8.contains(0x1B) else { return self }
        var out: [UInt8] = []
        var bytes = utf8.makeIterator()
        while let b = bytes.next() {
            if b == 0x1B {
                // CSI: ESC [ params final-byte(0x40...0x7E)
                if let next = bytes.next(), next == UInt8(ascii: "[") {
                    while let c = bytes.next(), !(0x40...0x7E).contains(c) {}
                }
                continue
            }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
