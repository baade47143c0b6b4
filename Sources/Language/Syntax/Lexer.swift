/// Splits an input into tokens, working on its UTF-8 bytes without allocating per character.
///
///     number     -> digits ('.' digits)? (('e'|'E') ('+'|'-')? digits)?
///     digits     -> DIGIT (DIGIT | '_' DIGIT)*  |  DIGIT{1,3} (',' DIGIT{3})+
///     identifier -> (LETTER | '_') (LETTER | DIGIT | '_')*      (letters include any non-ASCII)
///     operators  -> + - * × / ÷ ^ % ( ) , : = -> → · ..
///     sign       -> $ € £ ¥ ₩ ₽                               (a currency sign before an amount)
///     'per'      -> the same token as '/'
///
/// A comma is a digit-group separator only when it sits between digits with exactly three digits
/// after it (and the number began with one to three digits); otherwise it separates arguments.
package struct Lexer {
    let bytes: [UInt8]
    /// The deepest bracket nesting the lexer accepts before refusing the input.
    static let maxDepth = 200

    package init(_ input: String) {
        bytes = Array(input.utf8)
    }

    /// A lexer over bytes already copied out of the input (a session reuses one buffer per line).
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The result of lexing: tokens, or an error, and whether brackets were left open.
    package struct Output {
        var tokens: [Token]
        package var openBrackets: Int
    }

    package func tokenize() throws(Diagnostic) -> Output {
        var tokens: [Token] = []
        let open = try tokenize(into: &tokens)
        return Output(tokens: tokens, openBrackets: open)
    }

    /// Lexes into `tokens` (emptied first, its storage kept); returns how many brackets are left open.
    func tokenize(into tokens: inout [Token]) throws(Diagnostic) -> Int {
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(bytes.count / 2 + 2)
        var i = 0
        var depth = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            let start = i
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
                continue
            case UInt8(ascii: "#"):
                // A comment runs to the end of the line.
                while i < n && bytes[i] != 0x0A { i += 1 }
                continue
            case UInt8(ascii: "."):
                // `1800..2200` is another spelling of `1800 to 2200`.
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: ".") {
                    tokens.append(Token(kind: .dotDot, span: SourceSpan(i, i + 2))); i += 2
                    continue
                }
                fallthrough
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (value, end) = try lexNumber(at: i)
                tokens.append(Token(kind: .number, span: SourceSpan(start, end), number: value))
                i = end
                continue
            case UInt8(ascii: "+"): tokens.append(Token(kind: .plus, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "-"):
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: ">") {
                    tokens.append(Token(kind: .arrow, span: SourceSpan(i, i + 2))); i += 2
                } else {
                    tokens.append(Token(kind: .minus, span: SourceSpan(i, i + 1))); i += 1
                }
            case UInt8(ascii: "*"): tokens.append(Token(kind: .star, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "/"): tokens.append(Token(kind: .slash, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "^"): tokens.append(Token(kind: .caret, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "%"): tokens.append(Token(kind: .percent, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "$"): tokens.append(Token(kind: .currencySign, span: SourceSpan(i, i + 1))); i += 1
            case 0xC2 where i + 1 < n && (bytes[i + 1] == 0xA3 || bytes[i + 1] == 0xA5):
                // £ (U+00A3) and ¥ (U+00A5)
                tokens.append(Token(kind: .currencySign, span: SourceSpan(i, i + 2))); i += 2
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x82 && (bytes[i + 2] == 0xAC || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xBD):
                // € (U+20AC), ₩ (U+20A9), ₽ (U+20BD)
                tokens.append(Token(kind: .currencySign, span: SourceSpan(i, i + 3))); i += 3
            case UInt8(ascii: ","): tokens.append(Token(kind: .comma, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: ":"): tokens.append(Token(kind: .colon, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "="): tokens.append(Token(kind: .equals, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "("):
                depth += 1
                if depth > Lexer.maxDepth {
                    throw Diagnostic(.limit, "brackets nested deeper than \(Lexer.maxDepth) levels", at: SourceSpan(i, i + 1),
                                     label: "too deep", help: "split the expression with `let` names")
                }
                tokens.append(Token(kind: .leftParen, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth < 0 {
                    throw Diagnostic(.syntax, "unmatched `)`", at: SourceSpan(i, i + 1), label: "no `(` opens this")
                }
                tokens.append(Token(kind: .rightParen, span: SourceSpan(i, i + 1))); i += 1
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < n && bytes[j] != UInt8(ascii: "\"") && bytes[j] != 0x0A { j += 1 }
                guard j < n && bytes[j] == UInt8(ascii: "\"") else {
                    throw Diagnostic(.syntax, "unterminated quoted text", at: SourceSpan(i, j), label: "no closing `\"`")
                }
                tokens.append(Token(kind: .string, span: SourceSpan(i, j + 1)))
                i = j + 1
            case 0xC3 where i + 1 < n && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7):
                // × (U+00D7) and ÷ (U+00F7)
                tokens.append(Token(kind: bytes[i + 1] == 0x97 ? .star : .slash, span: SourceSpan(i, i + 2))); i += 2
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0xB7:
                // · (U+00B7, middle dot) multiplies, as units print it.
                tokens.append(Token(kind: .star, span: SourceSpan(i, i + 2))); i += 2
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x88 && bytes[i + 2] == 0x92:
                // − (U+2212, the typographic minus)
                tokens.append(Token(kind: .minus, span: SourceSpan(i, i + 3))); i += 3
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x86 && bytes[i + 2] == 0x92:
                // → (U+2192) converts, like `->`.
                tokens.append(Token(kind: .arrow, span: SourceSpan(i, i + 3))); i += 3
            default:
                if Lexer.isIdentifierStart(c) {
                    var j = i + 1
                    while j < n && Lexer.isIdentifierContinue(bytes[j]) { j += 1 }
                    tokens.append(Token(kind: keyword(i, j) ?? .identifier, span: SourceSpan(i, j)))
                    i = j
                } else {
                    var j = i + 1
                    while j < n && bytes[j] & 0xC0 == 0x80 { j += 1 }
                    let shown = Lexer.describeCharacter(Array(bytes[i..<j]))
                    throw Diagnostic(.syntax, "unexpected character \(shown)", at: SourceSpan(i, j), label: "not part of an expression",
                                     help: "expressions use numbers, names, units and + - * / ^ ( ) -> to")
                }
            }
        }
        tokens.append(Token(kind: .end, span: SourceSpan(n, n)))
        return depth
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0xC0
    }

    static func isIdentifierContinue(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && c < 0xC0)
    }

    static func describeCharacter(_ bytes: [UInt8]) -> String {
        if bytes.count == 1 && (bytes[0] < 0x20 || bytes[0] == 0x7F) {
            return "(control byte 0x" + String(bytes[0], radix: 16, uppercase: true) + ")"
        }
        if let s = String(validating: bytes, as: UTF8.self) { return "`\(s)`" }
        return "(invalid UTF-8 byte 0x" + String(bytes[0], radix: 16, uppercase: true) + ")"
    }

    func keyword(_ i: Int, _ j: Int) -> Token.Kind? {
        switch j - i {
        case 2:
            if bytes[i] == UInt8(ascii: "t") && bytes[i + 1] == UInt8(ascii: "o") { return .keywordTo }
            if bytes[i] == UInt8(ascii: "i") && bytes[i + 1] == UInt8(ascii: "n") { return .keywordIn }
            if bytes[i] == UInt8(ascii: "f") && bytes[i + 1] == UInt8(ascii: "n") { return .keywordFn }
        case 3:
            if bytes[i] == UInt8(ascii: "l") && bytes[i + 1] == UInt8(ascii: "e") && bytes[i + 2] == UInt8(ascii: "t") { return .keywordLet }
            // `$2,000 per month`: `per` divides.
            if bytes[i] == UInt8(ascii: "p") && bytes[i + 1] == UInt8(ascii: "e") && bytes[i + 2] == UInt8(ascii: "r") { return .slash }
        case 4:
            if bytes[i] == UInt8(ascii: "u") && bytes[i + 1] == UInt8(ascii: "n") && bytes[i + 2] == UInt8(ascii: "i") && bytes[i + 3] == UInt8(ascii: "t") { return .keywordUnit }
        default: break
        }
        return nil
    }

    /// Reads a number starting at `start`; returns its value and the index after it.
    func lexNumber(at start: Int) throws(Diagnostic) -> (Double, Int) {
        try bytes.withUnsafeBufferPointer { (b) throws(Diagnostic) -> (Double, Int) in try Lexer.lexNumber(b, at: start) }
    }

    /// Reads a number starting at `start` of `bytes`; returns its value and the index after it.
    static func lexNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws(Diagnostic) -> (Double, Int) {
        let n = bytes.count
        // Most numbers are a few plain digits: up to 15 of them, followed by none of `0-9 . e E , _`,
        // are exactly that integer (below 2^53, so the Double is exact), as the full reading gives.
        var k = start
        var whole: UInt64 = 0
        while k < n && k - start < 15, bytes[k] &- 0x30 < 10 {
            whole = whole &* 10 &+ UInt64(bytes[k] &- 0x30)
            k += 1
        }
        if k > start {
            if k == n { return (Double(whole), k) }
            switch bytes[k] {
            case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: ","), UInt8(ascii: "_"): break
            default: return (Double(whole), k)
            }
        }
        var i = start
        var mantissa: UInt64 = 0
        var digitCount = 0          // significant digits accumulated in mantissa
        var droppedDigits = 0       // integer digits beyond 19 (scale the value up)
        var fractionDigits = 0
        var sawDigit = false
        func isDigit(_ k: Int) -> Bool { k < n && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        func addDigit(_ d: UInt8, fraction: Bool) {
            if digitCount < 19 {
                mantissa = mantissa * 10 + UInt64(d - 0x30)
                if mantissa != 0 { digitCount += 1 }
                if fraction { fractionDigits += 1 }
            } else if !fraction {
                droppedDigits += 1
            }
        }
        // Integer part, with `_` or comma groups.
        var leadingDigits = 0
        while isDigit(i) {
            addDigit(bytes[i], fraction: false); i += 1; leadingDigits += 1; sawDigit = true
            if i < n && bytes[i] == UInt8(ascii: "_") && isDigit(i + 1) { i += 1 }
        }
        if leadingDigits >= 1 && leadingDigits <= 3 && i < n && bytes[i] == UInt8(ascii: ",") {
            // Digit groups: ",ddd" repeated, each followed by a non-digit.
            while i + 3 < n + 0 && bytes[i] == UInt8(ascii: ",") && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !isDigit(i + 4) {
                addDigit(bytes[i + 1], fraction: false)
                addDigit(bytes[i + 2], fraction: false)
                addDigit(bytes[i + 3], fraction: false)
                i += 4
            }
        }
        if i < n && bytes[i] == UInt8(ascii: ".") && isDigit(i + 1) {
            i += 1
            while isDigit(i) {
                addDigit(bytes[i], fraction: true); i += 1; sawDigit = true
                if i < n && bytes[i] == UInt8(ascii: "_") && isDigit(i + 1) { i += 1 }
            }
        }
        guard sawDigit else {
            throw Diagnostic(.syntax, "expected a number", at: SourceSpan(start, start + 1), label: "a lone `.`")
        }
        var exponent = droppedDigits - fractionDigits
        if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            var j = i + 1
            var negative = false
            if j < n && (bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-")) { negative = bytes[j] == UInt8(ascii: "-"); j += 1 }
            if isDigit(j) {
                var e = 0
                while isDigit(j) { if e < 100_000 { e = e * 10 + Int(bytes[j] - 0x30) }; j += 1 }
                exponent += negative ? -e : e
                i = j
            }
        }
        // A letter glued to the number that is not a unit boundary (`12abc`) is caught by the parser;
        // a second point (`1.2.3`) is caught here.
        if i < n && bytes[i] == UInt8(ascii: ".") && isDigit(i + 1) {
            throw Diagnostic(.syntax, "a number has two decimal points", at: SourceSpan(start, i + 1), label: "here")
        }
        let value = Lexer.scale(mantissa, exponent)
        if !value.isFinite {
            throw Diagnostic(.overflow, "the number is too large to represent", at: SourceSpan(start, i), label: "beyond ±1.8e308")
        }
        return (value, i)
    }

    /// mantissa × 10^exponent, exactly rounded for the common cases (exponent within ±22 and a
    /// mantissa below 2^53, as in Clinger's fast path), else by the stdlib's correctly rounded parser.
    static func scale(_ mantissa: UInt64, _ exponent: Int) -> Double {
        if mantissa == 0 { return 0 }
        if mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            let m = Double(mantissa)
            return exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
        }
        if exponent > 400 { return .infinity }
        if exponent < -400 { return 0 }
        return Double("\(mantissa)e\(exponent)") ?? .infinity
    }

    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
