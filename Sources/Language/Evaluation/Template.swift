import Quantity

/// Checked expression statements, reused by inputs of the same shape (a prepared-statement cache).
///
/// A script often repeats one formula over many numbers (`2301 USD/month * 12 month * 10000`,
/// then `9425 USD/month * …`). Everything about such a result except its amount — its unit,
/// dimension, whether it is a ratio, its provenance, every dimension check — depends only on the
/// input's *shape*: its tokens with the number literals left out. So the first input of a shape is
/// checked as usual into its `Program`; a later input of the same shape lexes, reruns that program
/// on its own literals (`IntervalEngine`, then `ExactRange`), and takes the rest of the result
/// from the first one.
///
/// The interval engine checks each step as the evaluator does (division by a range containing
/// zero, overflow, a range's ends out of order, a conversion target that is not a unit) and gives
/// up at the first problem: the input is then checked in full, which reports the error with its
/// spans. Programs whose checks depend on a literal's value (calls, powers, scale words) are not
/// kept. The session empties the cache whenever its state changes (a `let`, `:assume`, a new
/// unit), since names may then mean something else.
package struct TemplateCache {
    /// Templates by the hash of their shape (a collision is found by comparing shapes, and missed),
    /// once they leave `recent`: a run of one or a few shapes (a `-e` line) never builds the table.
    private var entries: [UInt64: Template] = [:]
    /// The templates stored or used last, most recent first, tried on an input's bytes before it
    /// is lexed.
    private var recent: [Template] = []
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
    mutating func runRecent(_ input: UnsafeBufferPointer<UInt8>, budget: WorkBudget) -> Evaluated? {
        var i = 0
        while i < recent.count {
            let t = recent[i]
            if readLiterals(t, input) {
                if i > 0 { recent.swapAt(0, i) }
                return execute(t, budget: budget)
            }
            i += 1
        }
        return nil
    }

    /// Reads `input`'s numbers into `values` if the input has template `t`'s bytes around them.
    private mutating func readLiterals(_ t: Template, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
        // Numbers are written over the last input's (emptying the array first costs more than
        // reading them); `values` is cut to this input's count once all are read.
        var count = 0
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
            if count < values.count { values[count] = value } else { values.append(value) }
            count += 1
            position = after
        }
        guard position == input.count else { return false }
        if values.count > count { values.removeLast(values.count - count) }
        return true
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
        for t in recent where t.hash == hash && TemplateCache.matches(t.shape, tokens, bytes: bytes) { return t }
        guard !entries.isEmpty, let t = entries[hash], TemplateCache.matches(t.shape, tokens, bytes: bytes) else { return nil }
        return t
    }

    /// Records `template`, or makes it the one used last: first in `recent`; the one that falls
    /// out goes to `entries`.
    mutating func store(_ template: Template) {
        if recent.count >= TemplateCache.recentCount {
            let old = recent.removeLast()
            if entries.count >= TemplateCache.capacity { entries.removeAll() }
            entries[old.hash] = old
        }
        recent.insert(template, at: 0)
    }

    /// The template's result for these tokens' literals, or nil when a step fails (the caller then
    /// evaluates the input in full to report why).
    mutating func run(_ template: Template, tokens: [Token], budget: WorkBudget) -> Evaluated? {
        values.removeAll(keepingCapacity: true)
        for t in tokens where t.kind == .number { values.append(t.number) }
        guard let result = execute(template, budget: budget) else { return nil }
        if recent.first !== template { store(template) }
        return result
    }

    /// Runs `template`'s program on `values`; nil when a step fails, or the exact range could not
    /// be finished (the budget ran out, Ctrl-C): the line is then checked in full, which says why.
    private mutating func execute(_ template: Template, budget: WorkBudget) -> Evaluated? {
        if template.isPointOnly {
            var points = PointEngine()
            guard let x = try? ProgramRunner.run(template.program, literals: values, &points) else { return nil }
            var result = template.result
            result.quantity.value = Interval(point: x)
            return result
        }
        var engine = IntervalEngine(inputs: template.program.inputs)
        guard let value = try? ProgramRunner.run(template.program, literals: values, &engine) else { return nil }
        var result = template.result
        result.quantity.value = value
        guard template.hasUncertainInputs || engine.inputs.contains(where: { !$0.interval.isPoint }) else { return result }
        var program = template.program
        program.inputs = engine.inputs
        guard let (range, exact) = try? ExactRange.of(program, literals: values, naive: value, budget: budget) else { return nil }
        result.quantity.value = range
        result.mayBeWider = !exact
        return result
    }
}

/// A recorded expression: the amount's arithmetic, and the first input's result for the rest.
/// A class, so a lookup copies one reference.
final class Template {
    /// The shape it was recorded for (see `TemplateCache.shape`) ...
    let shape: [UInt8]
    /// ... and its hash (`TemplateCache.shapeHash`).
    let hash: UInt64
    /// The recorded input's bytes between its numbers, one stretch after another ...
    let chunks: [UInt8]
    /// ... and where each stretch ends in `chunks` (one more stretch than numbers).
    let chunkEnds: [Int32]
    /// The checked form, rerun on each input's literals.
    let program: Program
    /// Whether the program has inputs that are not one number (story items).
    let hasUncertainInputs: Bool
    /// Whether every value in the program is one number, whatever the literals (`PointEngine`).
    let isPointOnly: Bool
    /// The first input's result: all but its amount holds for every input of the shape.
    let result: Evaluated

    /// Whether the `length` bytes of `chunks` from `start` equal those at `bytes`.
    @inline(__always)
    func chunk(_ start: Int, _ length: Int, equals bytes: UnsafePointer<UInt8>) -> Bool {
        length == 0 || chunks.withUnsafeBufferPointer { Platform.equalBytes(bytes, $0.baseAddress! + start, count: length) }
    }

    /// A template for the input `bytes` lexed as `tokens`, checked as `program` with `result`.
    init(tokens: [Token], bytes: [UInt8], program: Program, result: Evaluated) {
        shape = TemplateCache.shape(tokens, bytes: bytes)
        hash = TemplateCache.shapeHash(tokens, bytes: bytes) ?? 0
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
        self.program = program
        hasUncertainInputs = program.hasUncertainInputs
        isPointOnly = PointEngine.accepts(program)
        self.result = result
    }
}
