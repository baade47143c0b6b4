/// Parses one input into a `Statement`. The grammar (each function below names its rule):
///
///     statement  -> 'let' NAME '=' expr
///                 | 'fn' NAME '(' [NAME {',' NAME}] ')' '=' expr
///                 | 'unit' NAME {',' NAME} ['=' expr | ':' DIMENSION] [STRING]
///                 | expr
///     expr       -> additive [('->' | 'in' | 'to') target]   ('to' converts only when no number follows it)
///     target     -> SCALE multiplicative | additive                   (`-> million USD`, `in millions`)
///     additive   -> multiplicative {('+' | '-') multiplicative}
///     multiplicative -> range {('*' | '/' | 'per' | 'of') range}   (`of` only after a percentage)
///     range      -> unary [('to' | '..') unary]                (binds tighter than `*` and `/`)
///     unary      -> ('-' | '+') unary | power
///     power      -> postfix ['^' unary]                      (right-associative)
///     postfix    -> primary ['%']
///     primary    -> quantity | SIGN quantity | NAME '(' [arguments] ')' | NAME | '(' expr ')' [unit]
///     quantity   -> NUMBER [SHORTHAND | SCALE] [unit]
///     unit       -> NAME ['^' ['-'] NUMBER]
///     arguments  -> argument {',' argument}
///     argument   -> [NAME ':'] expr
///
/// SCALE is one of thousand, million, billion, trillion (and their plurals as a target).
/// SHORTHAND is a letter glued to the number: `k` (thousand) and `bn` (billion) anywhere, and
/// after a currency sign also `m`/`M` (million) and `b`/`B` (billion); elsewhere a name that is a
/// unit wins (`200m` is 200 metres). SIGN is `$` (USD), `€` (EUR), `£` (GBP), `₩` (KRW), `₽` (RUB);
/// `¥` is refused as ambiguous (yen or yuan).
///
/// A number followed by a name is one quantity, and a range binds as tightly: `40 kg / 3 week` is
/// 40 kg per 3 weeks (as GNU units and Numbat read it), and `1800 to 2200 USD/month * 12 month` is
/// 21,600 to 26,400 USD. `to` followed by no number (up to the end of the expression) converts:
/// `500 g to kg` is 0.5 kg, as in Numbat and qalc; a range needs a number on both sides.
package struct Parser {
    private var tokens: [Token]
    private var position = 0
    private let input: String
    /// The input's UTF-8 bytes, for slicing names out of it cheaply.
    private let bytes: [UInt8]
    private let allowBaseUnits: Bool
    /// The tallest expression tree accepted; deeper input is refused (no stack overflow).
    static let maxHeight = 400
    /// How deeply `unary` (which every nesting of brackets, signs, powers and calls goes through)
    /// may recurse: counted on the way down, so no input can overflow the stack while parsing.
    static let maxDepth = 400
    /// The current nesting of `unary`.
    private var depth = 0

    init(tokens: [Token], input: String, bytes: [UInt8], allowBaseUnits: Bool = false) {
        self.tokens = tokens
        self.input = input
        self.bytes = bytes
        self.allowBaseUnits = allowBaseUnits
    }

    /// Lexes and parses `input`; returns nil when brackets are left open (more input needed).
    package static func parse(_ input: String, allowBaseUnits: Bool = false) throws(Diagnostic) -> Statement? {
        let lexer = Lexer(input)
        let lexed = try lexer.tokenize()
        if lexed.openBrackets > 0 { return nil }
        var parser = Parser(tokens: lexed.tokens, input: input, bytes: lexer.bytes, allowBaseUnits: allowBaseUnits)
        return try parser.statement()
    }

    /// Lexes all of `input` and parses what starts at byte `offset` with `body` (for commands whose
    /// arguments hold expressions: spans stay relative to the whole input). Returns nil when
    /// brackets are left open.
    package static func parseTail<T>(_ input: String, from offset: Int, _ body: (inout Parser) throws(Diagnostic) -> T) throws(Diagnostic) -> T? {
        let lexer = Lexer(input)
        let lexed = try lexer.tokenize()
        if lexed.openBrackets > 0 { return nil }
        var parser = Parser(tokens: lexed.tokens, input: input, bytes: lexer.bytes)
        while parser.current.kind != .end && parser.current.span.start < offset { _ = parser.advance() }
        return try body(&parser)
    }

    /// Requires the end of the input.
    package func expectEnd() throws(Diagnostic) {
        guard current.kind == .end else { throw unexpected(expected: "the end of the input") }
    }

    // MARK: - Tokens

    package var current: Token { tokens[position] }
    package func peek(_ k: Int = 1) -> Token { tokens[min(position + k, tokens.count - 1)] }

    package mutating func advance() -> Token {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    package mutating func expect(_ kind: Token.Kind, _ what: String) throws(Diagnostic) -> Token {
        guard current.kind == kind else { throw unexpected(expected: what) }
        return advance()
    }

    package func text(_ span: SourceSpan) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    package func unexpected(expected: String) -> Diagnostic {
        let t = current
        let found = t.kind == .end ? "the end of the input" : "`\(text(t.span))`"
        let span = t.kind == .end ? SourceSpan(t.span.start, t.span.start + 1) : t.span
        return Diagnostic(.syntax, "expected \(expected), found \(found)", at: span, label: "expected \(expected)")
    }

    // MARK: - Statements

    /// statement -> 'let' NAME '=' expr | 'fn' … | 'unit' … | expr
    mutating func statement() throws(Diagnostic) -> Statement {
        let result: Statement
        switch current.kind {
        case .keywordLet:
            _ = advance()
            let name = try expect(.identifier, "a name after `let`")
            _ = try expect(.equals, "`=`")
            result = .binding(name: text(name.span), nameSpan: name.span, try expr().0)
        case .keywordFn:
            result = try functionDefinition()
        case .keywordUnit:
            result = try unitDefinition()
        default:
            result = .expression(try expr().0)
        }
        guard current.kind == .end else {
            if current.kind == .equals, case .expression(.name(let name, _)) = result {
                throw Diagnostic(.syntax, "`=` alone does not name a value", at: current.span, label: "to bind a name, start with `let`",
                                 help: "write `let \(name) = …`")
            }
            if current.kind == .rightParen { throw Diagnostic(.syntax, "unmatched `)`", at: current.span, label: "no `(` opens this") }
            if isWordOf(current) {
                throw Diagnostic(.syntax, "`of` follows a percentage", at: current.span, label: "not after a percentage",
                                 help: "write `40% of 200`, or `*` for other products")
            }
            throw unexpected(expected: "an operator or the end of the input")
        }
        return result
    }

    /// 'fn' NAME '(' [NAME {',' NAME}] ')' '=' expr
    private mutating func functionDefinition() throws(Diagnostic) -> Statement {
        _ = advance()
        let name = try expect(.identifier, "a function name after `fn`")
        _ = try expect(.leftParen, "`(` and the parameter names")
        var parameters: [(String, SourceSpan)] = []
        if current.kind != .rightParen {
            repeat {
                let p = try expect(.identifier, "a parameter name")
                if parameters.contains(where: { $0.0 == text(p.span) }) {
                    throw Diagnostic(.syntax, "parameter `\(text(p.span))` is named twice", at: p.span, label: "repeated")
                }
                parameters.append((text(p.span), p.span))
            } while current.kind == .comma && advance().kind == .comma
        }
        _ = try expect(.rightParen, "`)` after the parameters")
        _ = try expect(.equals, "`=` and the function's body")
        let bodyStart = current.span.start
        let body = try expr().0
        return .function(name: text(name.span), nameSpan: name.span, parameters: parameters, body: body,
                         bodySource: text(SourceSpan(bodyStart, tokens[position - 1].span.end)))  // to the last token: a bracket's span leaves it out
    }

    /// 'unit' NAME {',' NAME} ['=' expr | ':' DIMENSION] [STRING]
    private mutating func unitDefinition() throws(Diagnostic) -> Statement {
        _ = advance()
        var names: [(String, SourceSpan)] = []
        repeat {
            let n = try expect(.identifier, "a unit name")
            names.append((text(n.span), n.span))
        } while current.kind == .comma && advance().kind == .comma
        var definition = UnitDefinition.dimensionless
        if current.kind == .equals {
            _ = advance()
            definition = .expression(try expr().0)
        } else if current.kind == .colon && allowBaseUnits {
            _ = advance()
            let d = try expect(.identifier, "a base dimension")
            definition = .base(text(d.span), d.span)
        }
        var note: String?
        if current.kind == .string {
            let s = advance().span
            note = text(SourceSpan(s.start + 1, s.end - 1))
        }
        return .unit(names: names, definition: definition, note: note)
    }

    // MARK: - Expressions (each returns the node and its height)

    /// expr -> additive [('->' | 'in' | 'to') target]
    package mutating func expr() throws(Diagnostic) -> (Expr, Int) {
        let (value, h) = try additive()
        // `range` leaves a `to` with no number after it for us: it converts.
        if current.kind == .arrow || current.kind == .keywordIn || current.kind == .keywordTo {
            _ = advance()
            let (target, th) = try target()
            return try node(.convert(value, target, value.span.union(target.span)), max(h, th))
        }
        return (value, h)
    }

    /// target -> SCALE multiplicative | additive
    private mutating func target() throws(Diagnostic) -> (Expr, Int) {
        // `-> million USD`, `in millions`: the scale is a dimensionless unit of the prelude.
        if current.kind == .identifier, scaleWord(current.span, plural: true) != nil, peek().kind == .identifier, peek(2).kind != .leftParen {
            let scale = advance()
            let (unit, h) = try multiplicative()
            return try node(.binary(.multiply, .name(text(scale.span), scale.span), unit, operatorSpan: scale.span, scale.span.union(unit.span)), h)
        }
        return try additive()
    }

    /// additive -> multiplicative {('+' | '-') multiplicative}
    private mutating func additive() throws(Diagnostic) -> (Expr, Int) {
        var (left, h) = try multiplicative()
        while current.kind == .plus || current.kind == .minus {
            let op = advance()
            let (right, rh) = try multiplicative()
            (left, h) = try node(.binary(op.kind == .plus ? .add : .subtract, left, right, operatorSpan: op.span, left.span.union(right.span)), max(h, rh))
        }
        return (left, h)
    }

    /// multiplicative -> range {('*' | '/' | 'per' | 'of') range}   (`of` only after a percentage)
    private mutating func multiplicative() throws(Diagnostic) -> (Expr, Int) {
        var (left, h) = try range()
        var last = left
        while current.kind == .star || current.kind == .slash || isOf(after: last) {
            let op = advance()
            let (right, rh) = try range()
            last = right
            (left, h) = try node(.binary(op.kind == .star ? .multiply : op.kind == .slash ? .divide : .of, left, right, operatorSpan: op.span, left.span.union(right.span)), max(h, rh))
        }
        return (left, h)
    }

    /// Whether the current token is `of` right after a percentage (`40% of 200` is 40% × 200, as
    /// people write it); after anything else `of` is refused with a hint (see `statement`).
    private func isOf(after left: Expr) -> Bool {
        guard isWordOf(current) else { return false }
        if case .percent = left { return true }
        return false
    }

    /// Whether `token` is the word `of`.
    private func isWordOf(_ token: Token) -> Bool {
        token.kind == .identifier && token.span.end - token.span.start == 2 && text(token.span) == "of"
    }

    /// range -> unary [('to' | '..') unary]
    private mutating func range() throws(Diagnostic) -> (Expr, Int) {
        let (lo, h) = try unary()
        if current.kind == .dotDot || (current.kind == .keywordTo && numberFollows()) {
            _ = advance()
            let (hi, hh) = try unary()
            return try node(.range(lo, hi, lo.span.union(hi.span)), max(h, hh))
        }
        return (lo, h)
    }

    /// Whether a number (or a currency sign) comes after the current `to` before the expression
    /// ends (at a closing bracket, a comma or a conversion arrow of this level). A power's
    /// exponent (`m^2`) does not count: `x to m^2` converts.
    private func numberFollows() -> Bool {
        var k = position + 1
        var depth = 0
        while k < tokens.count {
            let t = tokens[k]
            switch t.kind {
            case .end: return false
            case .leftParen: depth += 1
            case .rightParen:
                if depth == 0 { return false }
                depth -= 1
            case .comma, .arrow, .keywordIn, .keywordTo, .colon, .equals:
                if depth == 0 { return false }
            case .number:
                let before = tokens[k - 1].kind
                let exponent = before == .caret || (before == .minus && k >= 2 && tokens[k - 2].kind == .caret)
                if !exponent { return true }
            case .currencySign: return true
            default: break
            }
            k += 1
        }
        return false
    }

    /// unary -> ('-' | '+') unary | power
    private mutating func unary() throws(Diagnostic) -> (Expr, Int) {
        guard depth < Parser.maxDepth else {
            throw Diagnostic(.limit, "the expression is more than \(Parser.maxDepth) operations deep", at: current.span,
                             label: "too deep", help: "split it into steps with `let`")
        }
        depth += 1
        defer { depth -= 1 }
        if current.kind == .minus || current.kind == .plus {
            let op = advance()
            let (operand, h) = try unary()
            if op.kind == .plus { return (operand, h) }
            return try node(.negate(operand, op.span.union(operand.span)), h)
        }
        return try power()
    }

    /// power -> postfix ['^' unary]
    private mutating func power() throws(Diagnostic) -> (Expr, Int) {
        let (base, h) = try postfix()
        if current.kind == .caret {
            let op = advance()
            let (exponent, eh) = try unary()
            return try node(.binary(.power, base, exponent, operatorSpan: op.span, base.span.union(exponent.span)), max(h, eh))
        }
        return (base, h)
    }

    /// postfix -> primary ['%']
    private mutating func postfix() throws(Diagnostic) -> (Expr, Int) {
        var (value, h) = try primary()
        while current.kind == .percent {
            let p = advance()
            (value, h) = try node(.percent(value, value.span.union(p.span)), h)
        }
        return (value, h)
    }

    /// primary -> quantity | SIGN quantity | NAME '(' [arguments] ')' | NAME | '(' expr ')' [unit]
    private mutating func primary() throws(Diagnostic) -> (Expr, Int) {
        switch current.kind {
        case .number:
            return try quantity()
        case .currencySign:
            return try signedAmount()
        case .identifier:
            let name = advance()
            if current.kind == .leftParen { return try call(name) }
            return (.name(text(name.span), name.span), 1)
        case .leftParen:
            let open = advance()
            let (inner, h) = try expr()
            guard current.kind == .rightParen else {
                throw Diagnostic(.syntax, "expected `)` to close the `(`", at: current.span.start == current.span.end ? SourceSpan(open.span.start, open.span.end) : current.span,
                                 label: "unclosed")
            }
            let close = advance()
            var (value, height) = (inner, h)
            var span = open.span.union(close.span)
            // `(600 to 700) thousand t`, `(1800 to 2200) USD/month`: a bracket takes a scale and a
            // unit after it, as a number does.
            if current.kind == .identifier, let scale = scaleWord(current.span) {
                let word = advance()
                (value, height) = try node(.binary(.multiply, value, .number(scale, word.span), operatorSpan: word.span, span.union(word.span)), height)
                span = span.union(word.span)
            }
            if current.kind == .identifier, peek().kind != .leftParen {
                return try unit(after: value, span: span, height: height)
            }
            return (value, height)
        default:
            throw unexpected(expected: "a number, a name or `(`")
        }
    }

    /// quantity -> NUMBER [SHORTHAND | SCALE] [unit]
    private mutating func quantity(allowUnit: Bool = true, sign: Bool = false) throws(Diagnostic) -> (Expr, Int) {
        let number = advance()
        var value = number.number
        var span = number.span
        if current.kind == .identifier, current.span.start == number.span.end, let scale = shorthand(current.span, afterSign: sign) {
            value *= scale
            span = span.union(advance().span)
        } else if current.kind == .identifier, let scale = scaleWord(current.span) {
            value *= scale
            span = span.union(advance().span)
        }
        let literal = Expr.number(value, span)
        // `of` is never a unit (`3 of 4` gets the hint about `of` rather than an unknown unit).
        guard allowUnit, current.kind == .identifier, peek().kind != .leftParen, !isWordOf(current) else { return (literal, 1) }
        return try unit(after: literal, span: span, height: 1)
    }

    /// unit -> NAME ['^' ['-'] NUMBER], applied to `amount` (which covers `span`).
    private mutating func unit(after amount: Expr, span: SourceSpan, height: Int) throws(Diagnostic) -> (Expr, Int) {
        let unit = advance()
        var power = 1
        var end = unit.span
        if current.kind == .caret, peek().kind == .number || (peek().kind == .minus && peek(2).kind == .number) {
            _ = advance()
            var negative = false
            if current.kind == .minus { negative = true; _ = advance() }
            let p = advance()
            guard let n = Int(exactly: p.number), n <= 100 else {
                throw Diagnostic(.syntax, "a unit's power must be a whole number up to 100", at: p.span, label: "not a small whole number")
            }
            power = negative ? -n : n
            end = p.span
        }
        return try node(.withUnit(amount, unit: text(unit.span), unitSpan: unit.span, power: power, span.union(end)), height)
    }

    /// SIGN quantity: `$2,000` is 2,000 USD, `€5bn` five billion EUR.
    private mutating func signedAmount() throws(Diagnostic) -> (Expr, Int) {
        let sign = advance()
        guard let code = Parser.currencySigns[text(sign.span)] else {
            throw Diagnostic(.syntax, "`\(text(sign.span))` is both the Japanese yen and the Chinese yuan", at: sign.span, label: "ambiguous",
                             help: "write the currency's code after the amount: `5 JPY` or `5 CNY`")
        }
        guard current.kind == .number else { throw unexpected(expected: "an amount after `\(text(sign.span))`") }
        let (amount, h) = try quantity(allowUnit: false, sign: true)
        return try node(.withUnit(amount, unit: code, unitSpan: sign.span, power: 1, sign.span.union(amount.span)), h)
    }

    /// The currency each sign stands for (`¥` is missing on purpose: it is yen or yuan).
    static let currencySigns = ["$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₽": "RUB"]

    /// NAME '(' [argument {',' argument}] ')'
    private mutating func call(_ name: Token) throws(Diagnostic) -> (Expr, Int) {
        _ = advance()
        var arguments: [Argument] = []
        var height = 1
        if current.kind != .rightParen {
            repeat {
                var label: String?
                var labelSpan: SourceSpan?
                if current.kind == .identifier && peek().kind == .colon {
                    let l = advance()
                    _ = advance()
                    label = text(l.span)
                    labelSpan = l.span
                }
                let (value, h) = try expr()
                height = max(height, h)
                arguments.append(Argument(label: label, labelSpan: labelSpan, value: value))
            } while current.kind == .comma && advance().kind == .comma
        }
        let close = try expect(.rightParen, "`,` or `)` in the call")
        return try node(.call(text(name.span), nameSpan: name.span, arguments, name.span.union(close.span)), height)
    }

    private func node(_ e: Expr, _ childHeight: Int) throws(Diagnostic) -> (Expr, Int) {
        if childHeight + 1 > Parser.maxHeight {
            throw Diagnostic(.limit, "the expression is more than \(Parser.maxHeight) operations deep", at: e.span,
                             help: "split it into steps with `let`")
        }
        return (e, childHeight + 1)
    }

    static let scaleWords: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// The scale word at `span`, read from the bytes (what `scaleWords` says, without making and
    /// hashing a string for every unit name that follows a number); `plural` also takes `millions`.
    func scaleWord(_ span: SourceSpan, plural: Bool = false) -> Double? {
        var word = bytes[span.start..<span.end]
        if plural, word.last == UInt8(ascii: "s") { word = word.dropLast() }
        switch word.count {
        case 7:
            if word.elementsEqual("million".utf8) { return 1e6 }
            if word.elementsEqual("billion".utf8) { return 1e9 }
        case 8:
            if word.elementsEqual("thousand".utf8) { return 1e3 }
            if word.elementsEqual("trillion".utf8) { return 1e12 }
        default: break
        }
        return nil
    }

    /// The multiplier of a shorthand suffix glued to a number: `k` and `bn` anywhere; `m`, `M`,
    /// `b`, `B` only after a currency sign (`200m` alone is 200 metres: the unit wins).
    func shorthand(_ span: SourceSpan, afterSign: Bool) -> Double? {
        let word = bytes[span.start..<span.end]
        if word.elementsEqual("k".utf8) || word.elementsEqual("K".utf8) { return 1e3 }
        if word.elementsEqual("bn".utf8) { return 1e9 }
        guard afterSign else { return nil }
        if word.elementsEqual("m".utf8) || word.elementsEqual("M".utf8) || word.elementsEqual("mn".utf8) { return 1e6 }
        if word.elementsEqual("b".utf8) || word.elementsEqual("B".utf8) { return 1e9 }
        return nil
    }
}
