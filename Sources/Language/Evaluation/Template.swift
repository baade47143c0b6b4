#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Quantity

/// Compiled expression statements, reused by inputs of the same shape (a prepared-statement cache).
///
/// A script often repeats one formula over many numbers (`2301 USD/month * 12 month * 10000`,
/// then `9425 USD/month * …`). Everything about such a result except its amount — its unit,
/// dimension, whether it is a ratio, its provenance, every dimension check — depends only on the
/// input's *shape*: its tokens with the number literals left out. So the first input of a shape is
/// parsed and evaluated as usual while a `TapeRecorder` notes the amount's arithmetic as a tape
/// (push this literal, multiply by this unit's factor, add…); a later input of the same shape
/// lexes, runs the tape on its own literals with the same `Interval` operations, and takes the
/// rest of the result from the first one.
///
/// The tape checks each step as the evaluator does (division by a range containing zero,
/// overflow, a range's ends out of order, a conversion target that is not a unit) and gives up at
/// the first problem: the input is then parsed and evaluated in full, which reports the error with
/// its spans. Shapes the tape cannot express (calls, powers, scale words, unit powers) are not
/// recorded. The session empties the cache whenever its state changes (a `let`, `:assume`, a new
/// unit), since names may then mean something else.
struct TemplateCache {
    /// Templates by the hash of their shape (a collision is found by comparing shapes, and missed).
    private var entries: [UInt64: Template] = [:]
    /// The templates used last, most recent first, tried on an input's bytes before it is lexed.
    private var recent: [Template] = []
    /// A stack reused by every run of a tape.
    private var stack: [Interval] = []
    /// The literals of the input being run, reused.
    private var values: [Double] = []
    /// How many templates `recent` holds.
    static let recentCount = 4
    /// The most shapes kept; past it the cache starts again (scripts rarely have many shapes).
    static let capacity = 256

    var isEmpty: Bool { entries.isEmpty && recent.isEmpty }

    mutating func removeAll() {
        if !entries.isEmpty { entries.removeAll() }
        if !recent.isEmpty { recent.removeAll() }
    }

    /// The result for an input whose bytes match a recently used template exactly, apart from its
    /// numbers — without lexing it. Nil when none matches or a step fails.
    ///
    /// The bytes between the numbers equal the template's, so the lexer would make the same tokens
    /// from them; each number is read by the lexer's own `lexNumber` and must end exactly where
    /// the template's next stretch of bytes begins.
    mutating func runRecent(_ input: UnsafeBufferPointer<UInt8>) -> Evaluated? {
        var i = 0
        while i < recent.count {
            let t = recent[i]
            if readLiterals(t, input) {
                if i > 0 { recent.swapAt(0, i) }
                return execute(t)
            }
            i += 1
        }
        return nil
    }

    /// Reads `input`'s numbers into `values` if the input has template `t`'s bytes around them.
    private mutating func readLiterals(_ t: Template, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
        values.removeAll(keepingCapacity: true)
        let ends = t.chunkEnds
        let last = ends.count - 1
        var position = 0, chunkStart = 0
        for k in 0...last {
            let end = Int(ends[k])
            let length = end - chunkStart
            guard input.count - position >= length, t.chunk(chunkStart, length, equals: input.baseAddress! + position) else { return false }
            position += length
            chunkStart = end
            if k == last { break }
            guard position < input.count else { return false }
            let c = input[position]
            guard (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "."), let (value, after) = try? Lexer.lexNumber(input, at: position) else { return false }
            values.append(value)
            position = after
        }
        return position == input.count
    }

    /// The hash of a token list's shape: kinds, with the text of names and quoted notes, without
    /// numbers. Nil when the input has no number literal (nothing to vary, so nothing worth keeping).
    static func shapeHash(_ tokens: [Token], bytes: [UInt8]) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var numbers = 0
        bytes.withUnsafeBufferPointer { b in
            for t in tokens {
                h = (h ^ UInt64(t.kind.rawValue)) &* 0x100_0000_01b3
                switch t.kind {
                case .number:
                    numbers += 1
                case .identifier, .string:
                    for i in t.span.start..<t.span.end { h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3 }
                    // 0xFF never occurs in UTF-8, so a name cannot run into the next token's bytes.
                    h = (h ^ 0xFF) &* 0x100_0000_01b3
                default:
                    break
                }
            }
        }
        return numbers == 0 ? nil : h
    }

    /// The shape itself, as bytes, kept beside a template to confirm a hash match.
    static func shape(_ tokens: [Token], bytes: [UInt8]) -> [UInt8] {
        var shape: [UInt8] = []
        for t in tokens {
            shape.append(t.kind.rawValue)
            if t.kind == .identifier || t.kind == .string {
                shape.append(contentsOf: bytes[t.span.start..<t.span.end])
                shape.append(0xFF)
            }
        }
        return shape
    }

    /// Whether `tokens` have exactly this shape.
    static func matches(_ shape: [UInt8], _ tokens: [Token], bytes: [UInt8]) -> Bool {
        shape.withUnsafeBufferPointer { s in
            bytes.withUnsafeBufferPointer { b in
                var k = 0
                for t in tokens {
                    guard k < s.count, s[k] == t.kind.rawValue else { return false }
                    k += 1
                    if t.kind == .identifier || t.kind == .string {
                        for i in t.span.start..<t.span.end {
                            guard k < s.count, s[k] == b[i] else { return false }
                            k += 1
                        }
                        guard k < s.count, s[k] == 0xFF else { return false }
                        k += 1
                    }
                }
                return k == s.count
            }
        }
    }

    /// The template for this shape, if one was recorded.
    func template(for hash: UInt64, _ tokens: [Token], bytes: [UInt8]) -> Template? {
        guard let t = entries[hash], TemplateCache.matches(t.shape, tokens, bytes: bytes) else { return nil }
        return t
    }

    mutating func store(_ template: Template, for hash: UInt64) {
        if entries.count >= TemplateCache.capacity { entries.removeAll() }
        entries[hash] = template
    }

    /// The template's result for these tokens' literals, or nil when a step fails (the caller then
    /// evaluates the input in full to report why).
    mutating func run(_ template: Template, tokens: [Token]) -> Evaluated? {
        values.removeAll(keepingCapacity: true)
        for t in tokens where t.kind == .number { values.append(t.number) }
        guard let result = execute(template) else { return nil }
        if recent.first !== template {
            if recent.count >= TemplateCache.recentCount { recent.removeLast() }
            recent.insert(template, at: 0)
        }
        return result
    }

    /// Runs `template`'s tape on `values`.
    private mutating func execute(_ template: Template) -> Evaluated? {
        if stack.count < template.depth { stack = Array(repeating: Interval(point: 0), count: template.depth) }
        let value: Interval? = stack.withUnsafeMutableBufferPointer { stack in
            values.withUnsafeBufferPointer { values in
                template.code.withUnsafeBufferPointer { code in
                    template.operands.withUnsafeBufferPointer { operands in
                        TemplateCache.execute(code, operands, values: values, stack: stack)
                    }
                }
            }
        }
        guard let value else { return nil }
        var result = template.result
        result.quantity.value = value
        return result
    }

    /// Runs a compiled tape: `code` holds one `Template.Code` per step; literals are read from
    /// `values` in order, and the other steps that need a constant take it from `operands` in order.
    private static func execute(_ code: UnsafeBufferPointer<Template.Code>, _ operands: UnsafeBufferPointer<Interval>, values: UnsafeBufferPointer<Double>,
                                stack: UnsafeMutableBufferPointer<Interval>) -> Interval? {
        var top = -1
        var k = 0, v = 0
        for c in code {
            switch c {
            case .literal:
                guard v < values.count else { return nil }
                top += 1
                stack[top] = Interval(point: values[v])
                v += 1
            case .constant:
                top += 1
                stack[top] = operands[k]
                k += 1
            case .multiply:
                top -= 1
                let v = stack[top] * stack[top + 1]
                guard Quantity.isSound(v) else { return nil }
                stack[top] = v
            case .divide:
                top -= 1
                guard !stack[top + 1].containsZero else { return nil }
                let v = stack[top] / stack[top + 1]
                guard Quantity.isSound(v) else { return nil }
                stack[top] = v
            case .add:
                top -= 1
                let v = stack[top] + stack[top + 1]
                guard Quantity.isSound(v) else { return nil }
                stack[top] = v
            case .subtract:
                top -= 1
                let v = stack[top] - stack[top + 1]
                guard Quantity.isSound(v) else { return nil }
                stack[top] = v
            case .negate:
                stack[top] = -stack[top]
            case .scale:
                stack[top] = stack[top].scaled(by: operands[k].lo)
                k += 1
            case .range, .rangeBorrowing:
                top -= 1
                var lo = stack[top]
                if c == .rangeBorrowing {
                    lo = lo * operands[k]
                    k += 1
                    guard Quantity.isSound(lo) else { return nil }
                }
                guard let v = TapeRecorder.range(lo, stack[top + 1]) else { return nil }
                stack[top] = v
            case .convert:
                guard TapeRecorder.isUnit(stack[top], factor: operands[k].lo) else { return nil }
                k += 1
                top -= 1
            }
        }
        return top == 0 && v == values.count ? stack[0] : nil
    }
}

/// A recorded expression: the amount's arithmetic, and the first input's result for the rest.
/// A class, so a lookup copies one reference.
final class Template {
    /// The steps of a compiled tape.
    enum Code: UInt8 {
        case literal, constant, multiply, divide, add, subtract, negate, scale, range, rangeBorrowing, convert
    }

    /// The shape it was recorded for (see `TemplateCache.shape`).
    let shape: [UInt8]
    /// The recorded input's bytes between its numbers, one stretch after another ...
    let chunks: [UInt8]
    /// ... and where each stretch ends in `chunks` (one more stretch than numbers).
    let chunkEnds: [Int32]
    /// The tape, compiled: one code per step ...
    let code: [Code]
    /// ... and the operands of the steps that have one, in order.
    let operands: [Interval]
    /// The deepest the tape's stack gets.
    let depth: Int
    /// The first input's result: all but its amount holds for every input of the shape.
    let result: Evaluated

    /// Whether the `length` bytes of `chunks` from `start` equal those at `bytes`.
    @inline(__always)
    func chunk(_ start: Int, _ length: Int, equals bytes: UnsafePointer<UInt8>) -> Bool {
        length == 0 || chunks.withUnsafeBufferPointer { memcmp(bytes, $0.baseAddress! + start, length) == 0 }
    }

    /// A template for the input `bytes` lexed as `tokens`, whose evaluation gave `tape` and `result`.
    init(tokens: [Token], bytes: [UInt8], tape: [TapeOp], depth: Int, result: Evaluated) {
        shape = TemplateCache.shape(tokens, bytes: bytes)
        var chunks: [UInt8] = [], ends: [Int32] = []
        var start = 0
        for t in tokens where t.kind == .number {
            chunks.append(contentsOf: bytes[start..<t.span.start])
            ends.append(Int32(chunks.count))
            start = t.span.end
        }
        chunks.append(contentsOf: bytes[start...])
        ends.append(Int32(chunks.count))
        self.chunks = chunks
        chunkEnds = ends
        self.depth = depth
        self.result = result
        var code: [Code] = [], operands: [Interval] = []
        for op in tape {
            switch op {
            case .literal:
                code.append(.literal)
            case .constant(let c): code.append(.constant); operands.append(c)
            case .multiply: code.append(.multiply)
            case .divide: code.append(.divide)
            case .add: code.append(.add)
            case .subtract: code.append(.subtract)
            case .negate: code.append(.negate)
            case .scale(let k): code.append(.scale); operands.append(Interval(point: k))
            case .range(let borrow):
                if let borrow {
                    code.append(.rangeBorrowing)
                    operands.append(borrow)
                } else {
                    code.append(.range)
                }
            case .convert(let factor): code.append(.convert); operands.append(Interval(point: factor))
            }
        }
        self.code = code
        self.operands = operands
    }
}

/// One step of a tape, on a stack of intervals.
enum TapeOp {
    /// The next number literal of the input.
    case literal
    /// A fixed amount: a unit's size, a variable's or fact's value.
    case constant(Interval)
    case multiply, divide, add, subtract, negate
    /// `%`: a scale by 0.01.
    case scale(Double)
    /// `a to b`; `borrow` is the factor a bare number's end takes from the other end's unit.
    case range(borrow: Interval?)
    /// `x -> unit`: the target (on top) must still be one of a unit this size; the value stays.
    case convert(factor: Double)
}

/// Notes the arithmetic of one evaluation as a tape, checking that each number literal the
/// evaluator reads is exactly one number token, in order.
final class TapeRecorder {
    private let tokens: [Token]
    private var nextToken = 0
    private(set) var tape: [TapeOp] = []
    private var failed = false
    private var height = 0
    private(set) var depth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
        tape.reserveCapacity(tokens.count)
    }

    /// The tape, when the whole evaluation could be recorded and used every number token.
    func finish() -> [TapeOp]? {
        guard !failed else { return nil }
        while nextToken < tokens.count && tokens[nextToken].kind != .number { nextToken += 1 }
        return nextToken == tokens.count ? tape : nil
    }

    /// Gives up: this shape is evaluated in full every time.
    func abandon() { failed = true }

    func literal(_ value: Double, span: SourceSpan) {
        guard !failed else { return }
        while nextToken < tokens.count && tokens[nextToken].kind != .number { nextToken += 1 }
        // A scale word (`4 million`) makes a literal that is not its token: not recordable.
        guard nextToken < tokens.count, tokens[nextToken].span == span, tokens[nextToken].number == value else {
            failed = true
            return
        }
        nextToken += 1
        record(.literal)
    }

    func record(_ op: TapeOp) {
        guard !failed else { return }
        tape.append(op)
        switch op {
        case .literal, .constant: height += 1
        case .multiply, .divide, .add, .subtract, .range, .convert: height -= 1
        case .negate, .scale: break
        }
        depth = max(depth, height)
    }

    /// The interval `lo to hi` as the evaluator builds it, or nil when the ends are out of order.
    static func range(_ lo: Interval, _ hi: Interval) -> Interval? {
        guard lo.lo <= hi.hi else { return nil }
        return Interval(min(lo.lo, hi.lo), max(lo.hi, hi.hi), loOpen: lo.loOpen, hiOpen: hi.hiOpen)
    }

    /// Whether `target` is one of a unit whose size is `factor` (a conversion target).
    static func isUnit(_ target: Interval, factor: Double) -> Bool {
        target.isPoint && abs(target.lo - factor) <= 1e-12 * factor
    }
}
