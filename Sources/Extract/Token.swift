/// One word, number or mark of a paragraph, with its place in the text in code points.
struct Token {
    /// What a token is made of.
    enum Kind: Equatable {
        /// Letters (and combining marks): `soldiers`, `Sung`, `bn`.
        case word
        /// ASCII digits with inner `,` or `.` groups: `2,000`, `1.6`.
        case number
        /// Any other single code point that is not a space: `$`, `%`, `-`, `,`, `’`.
        case mark
    }

    var kind: Kind
    /// Code point offsets into the whole input, end excluded.
    var start: Int
    var end: Int
    /// The token's text in lower case (what the lexicons are matched against).
    var lower: String
    /// The first letter is upper case.
    var capitalized: Bool
    /// White space stands right before the token.
    var spaceBefore: Bool
}

/// Splits one paragraph's code points into tokens.
enum Tokenizer {
    /// The tokens of `scalars[range]`; offsets are indices into `scalars`.
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        var space = true
        while i < range.upperBound {
            let c = scalars[i]
            if isSpace(c) { space = true; i += 1; continue }
            let start = i
            let kind: Token.Kind
            if isDigit(c) {
                kind = .number
                i += 1
                // Inner separators join digits: 2,000 and 1.6, not a final "5." or "5,".
                while i < range.upperBound {
                    if isDigit(scalars[i]) { i += 1; continue }
                    if (scalars[i] == "," || scalars[i] == "."), i + 1 < range.upperBound, isDigit(scalars[i + 1]) {
                        i += 2; continue
                    }
                    break
                }
            } else if isLetter(c) {
                kind = .word
                i += 1
                while i < range.upperBound, isLetter(scalars[i]) { i += 1 }
            } else {
                kind = .mark
                i += 1
            }
            let lower = kind == .word ? Self.lowercased(scalars[start..<i]) : Self.string(scalars[start..<i])
            tokens.append(Token(kind: kind, start: start, end: i, lower: lower,
                                capitalized: kind == .word && (c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase), spaceBefore: space))
            space = false
        }
        return tokens
    }

    /// The text of some code points; ASCII is copied byte for byte (most tokens are).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (k, c) in scalars.enumerated() { buffer[k] = UInt8(c.value) }
                return scalars.count
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// A word in lower case; ASCII letters are folded directly, others by the standard library.
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (k, c) in scalars.enumerated() {
                    let v = UInt8(c.value)
                    buffer[k] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return scalars.count
            }
        }
        return string(scalars).lowercased()
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 32 || c.value == 9 || c.value == 10 || c.value == 13 || (c.value >= 128 && c.properties.isWhitespace)
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) }
        // Letters and the combining marks that follow them; `²` and `°` are marks of their own.
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }
}
