/// Parses one input into a `Statement`. The grammar (each function below names its rule):
///
///     statement  -> 'let' NAME '=' expr
///                 | 'fn' NAME '(' [NAME {',' NAME}] ')' '=' expr
///                 | 'unit' NAME {',' NAME} ['=' expr | ':' DIMENSION] [STRING]
///                 | expr
///     expr       -> range [('->' | 'in') range]
///     range      -> additive ['to' additive]
///     additive   -> multiplicative {('+' | '-') multiplicative}
///     multiplicative -> unary {('*' | '/') unary}
///     unary      -> ('-' | '+') unary | power
///     power      -> postfix ['^' unary]                      (right-associative)
///     postfix    -> primary ['%']
///     primary    -> quantity | '$' quantity | NAME '(' [arguments] ')' | NAME | '(' expr ')'
///     quantity   -> NUMBER [SCALE] [UNIT ['^' ['-'] NUMBER]]
///     arguments  -> argument {',' argument}
///     argument   -> [NAME ':'] expr
///
/// SCALE is one of thousand, million, billion, trillion. A number followed by a name is one
/// quantity (`40 kg / 3 week` is 40 kg per 3 weeks, as GNU units and Numbat read it).
struct Parser {
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
    static func parse(_ input: String, allowBaseUnits: Bool = false) throws(Diagnostic) -> Statement? {
        let lexer = Lexer(input)
        let lexed = try lexer.tokenize()
        if lexed.openBrackets > 0 { return nil }
        var parser = Parser(tokens: lexed.tokens, input: input, bytes: lexer.bytes, allowBaseUnits: allowBaseUnits)
        return try parser.statement()
    }

    /// Lexes all of `input` and parses what starts at byte `offset` with `body` (for commands whose
    /// arguments hold expressions: spans stay relative to the whole input). Returns nil when
    /// brackets are left open.
    static func parseTail<T>(_ input: String, from offset: Int, _ body: (inout Parser) throws(Diagnostic) -> T) throws(Diagnostic) -> T? {
        let lexer = Lexer(input)
        let lexed = try lexer.tokenize()
        if lexed.openBrackets > 0 { return nil }
        var parser = Parser(tokens: lexed.tokens, input: input, bytes: lexer.bytes)
        while parser.current.kind != .end && parser.current.span.start < offset { _ = parser.advance() }
        return try body(&parser)
    }

    /// Requires the end of the input.
    func expectEnd() throws(Diagnostic) {
        guard current.kind == .end else { throw unexpected(expected: "the end of the input") }
    }

    // MARK: - Tokens

    var current: Token { tokens[position] }
    func peek(_ k: Int = 1) -> Token { tokens[min(position + k, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    mutating func expect(_ kind: Token.Kind, _ what: String) throws(Diagnostic) -> Token {
        guard current.kind == kind else { throw unexpected(expected: what) }
        return advance()
    }

    func text(_ span: SourceSpan) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    func unexpected(expected: String) -> Diagnostic {
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
            if current.kind == .rightParen { throw Diagnostic(.syntax, "unmatched `)`", at: current.span, label: "no `(` opens this") }
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
                         bodySource: text(SourceSpan(bodyStart, body.span.end)))
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

    /// expr -> range [('->' | 'in') range]
    mutating func expr() throws(Diagnostic) -> (Expr, Int) {
        let (value, h) = try range()
        if current.kind == .arrow || current.kind == .keywordIn {
            _ = advance()
            let (target, th) = try range()
            return try node(.convert(value, target, value.span.union(target.span)), max(h, th))
        }
        return (value, h)
    }

    /// range -> additive ['to' additive]
    private mutating func range() throws(Diagnostic) -> (Expr, Int) {
        let (lo, h) = try additive()
        if current.kind == .keywordTo {
            _ = advance()
            let (hi, hh) = try additive()
            return try node(.range(lo, hi, lo.span.union(hi.span)), max(h, hh))
        }
        return (lo, h)
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

    /// multiplicative -> unary {('*' | '/') unary}
    private mutating func multiplicative() throws(Diagnostic) -> (Expr, Int) {
        var (left, h) = try unary()
        while current.kind == .star || current.kind == .slash {
            let op = advance()
            let (right, rh) = try unary()
            (left, h) = try node(.binary(op.kind == .star ? .multiply : .divide, left, right, operatorSpan: op.span, left.span.union(right.span)), max(h, rh))
        }
        return (left, h)
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

    /// primary -> quantity | '$' quantity | NAME '(' [arguments] ')' | NAME | '(' expr ')'
    private mutating func primary() throws(Diagnostic) -> (Expr, Int) {
        switch current.kind {
        case .number:
            return try quantity()
        case .dollar:
            let d = advance()
            guard current.kind == .number else { throw unexpected(expected: "an amount after `$`") }
            let (amount, h) = try quantity(allowUnit: false)
            return try node(.dollars(amount, d.span.union(amount.span)), h)
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
            _ = advance()
            return (inner, h)
        default:
            throw unexpected(expected: "a number, a name or `(`")
        }
    }

    /// quantity -> NUMBER [SCALE] [UNIT ['^' ['-'] NUMBER]]
    private mutating func quantity(allowUnit: Bool = true) throws(Diagnostic) -> (Expr, Int) {
        let number = advance()
        var value = number.number
        var span = number.span
        if current.kind == .identifier, let scale = scaleWord(current.span) {
            value *= scale
            span = span.union(advance().span)
        }
        let literal = Expr.number(value, span)
        guard allowUnit, current.kind == .identifier, peek().kind != .leftParen else { return (literal, 1) }
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
        return (.withUnit(literal, unit: text(unit.span), unitSpan: unit.span, power: power, span.union(end)), 2)
    }

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
    /// hashing a string for every unit name that follows a number).
    func scaleWord(_ span: SourceSpan) -> Double? {
        let word = bytes[span.start..<span.end]
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
}
