import Shell
import Testing

/// `VisibleText.of` scans eight bytes at a time for bytes that need a picture; every position of
/// every such byte, in strings of every length around the word size, must still be found.
@Suite struct VisibleTextTests {
    /// The picture each byte gets, written out by hand from the rules (C0 but tab and line feed →
    /// U+2400+n, DEL → ␡, C1 → U+FFFD).
    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            switch u.value {
            case 0x09, 0x0A: out.append(u)
            case 0..<0x20: out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    @Test func everyControlAtEveryPositionIsDrawn() {
        let specials: [String] = ["\u{1B}", "\u{00}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\t", "\n", "é", "₩", "\u{A0}"]
        for length in 0...20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var chars = Array(repeating: "a", count: length)
                    if length > 0 { chars[position] = special }
                    let text = chars.joined()
                    #expect(VisibleText.of(text) == Self.reference(text), "\(length) \(position) \(special.unicodeScalars.first!.value)")
                }
            }
        }
    }

    @Test func plainTextComesBackAsItIs() {
        let line = "12,345,600,000 USD   (12.3 billion)  uses: soldier_pay (around; reportedly) — 1,380 ₩"
        #expect(VisibleText.of(line) == line)
    }
}
