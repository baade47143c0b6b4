/// Text from input made safe to print: every control character shown as its visible picture, so
/// nothing typed, piped, or read from a file can drive the terminal (retitle the window, clear
/// the screen, fake output).
public enum VisibleText {
    /// `text` with C0 controls but line feed and tab drawn as their Unicode control pictures
    /// (ESC as ␛), DEL as ␡ and C1 controls as U+FFFD. When `keepingColour` is on, Dossier's own
    /// colour codes (`ESC [ digits ; digits m`, which only change colours) are kept.
    public static func of(_ text: String, keepingColour: Bool = false) -> String {
        guard needsPictures(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if keepingColour, u == "\u{1B}", let end = colourCodeEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i..<end])
                i = end
                continue
            }
            switch u.value {
            case 0x09, 0x0A: out.append(u)
            case 0..<0x20: out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(u)
            }
            i += 1
        }
        return String(out)
    }

    /// Whether `text` holds a byte that needs a picture. Nearly no printed line does, and every
    /// result line is checked, so the bytes are scanned in place rather than through the view.
    static func needsPictures(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(needsPictures) { return found }
        return text.utf8.contains(where: isSuspect)
    }

    /// `needsPictures` on bytes, eight at a time: a word with no byte below 0x20, no 0x7F and no
    /// 0xC2 (the usual case) is passed over whole; a word with one is looked at byte by byte.
    static func needsPictures(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= bytes.count {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below20 = (w &- ones &* 0x20) & ~w & highs
                let x7F = w ^ (ones &* 0x7F), xC2 = w ^ (ones &* 0xC2)
                let is7F = (x7F &- ones) & ~x7F & highs, isC2 = (xC2 &- ones) & ~xC2 & highs
                if below20 | is7F | isC2 != 0, bytes[i..<i + 8].contains(where: isSuspect) { return true }
                i += 8
            }
        }
        return bytes[i...].contains(where: isSuspect)
    }

    /// A C0 control other than tab and line feed, DEL, or the lead byte of a C1 control (U+0080–U+009F).
    @inline(__always) static func isSuspect(_ b: UInt8) -> Bool { (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F || b == 0xC2 }

    /// The end of a colour code (SGR) starting at `start`, or nil when none starts there.
    static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var j = start + 2
        while j < scalars.count, j - start < 32 {
            let c = scalars[j]
            if c == "m" { return j + 1 }
            guard ("0"..."9").contains(c) || c == ";" else { return nil }
            j += 1
        }
        return nil
    }
}
