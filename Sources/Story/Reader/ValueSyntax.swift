import Glibc

/// Parsers for the small languages inside field values: amounts, units, offsets and hedge lists.
/// Each returns the parsed value or a message saying what is wrong.
enum ValueSyntax {
    /// `value:` — `2,000`, `4 million`, `600,000 to 700,000`, `over 200 million`, `vague thousands`.
    static func value(_ text: String) -> Result<FactValue, Problem> {
        if let n = plainNumber(text) { return .success(.point(n)) }
        let t = trim(text)
        if t == "vague" || t.hasPrefix("vague ") {
            let words = trim(String(t.dropFirst(5)))
            return words.isEmpty ? .failure(Problem("`vague` needs the article's words, as `vague thousands`")) : .success(.vague(words))
        }
        for (prefix, make) in bounds {
            if t.hasPrefix(prefix + " ") {
                return number(String(t.dropFirst(prefix.count + 1))).map(make)
            }
        }
        let parts = pieces(t, " to ")
        if parts.count == 2 {
            switch (number(parts[0]), number(parts[1])) {
            case (.failure(let e), _), (_, .failure(let e)): return .failure(e)
            case (.success(let lo), .success(let hi)):
                return lo < hi ? .success(.range(lo, hi)) : .failure(Problem("the range `\(t)` must run from low to high"))
            }
        }
        if parts.count > 2 { return .failure(Problem("`\(t)` has more than one `to`")) }
        return number(t).map { .point($0) }
    }

    /// The bound words, longest first so `at least` is not read as `at`.
    static let bounds: [(String, @Sendable (Double) -> FactValue)] = [
        ("more than", { .lowerBound($0, strict: true) }), ("at least", { .lowerBound($0, strict: false) }),
        ("less than", { .upperBound($0, strict: true) }), ("at most", { .upperBound($0, strict: false) }),
        ("over", { .lowerBound($0, strict: true) }), ("under", { .upperBound($0, strict: true) }),
    ]

    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// A number: digits grouped by `,` or `_` in threes, an optional fraction, an optional scale word.
    static func number(_ text: String) -> Result<Double, Problem> {
        let t = trim(text)
        let words = t.split(separator: " ")
        guard !words.isEmpty, words.count <= 2 else { return .failure(Problem("expected a number such as `2,000` or `4 million`, found `\(RecordParser.clip(t))`")) }
        var scale = 1.0
        if words.count == 2 {
            guard let s = scales[String(words[1])] else { return .failure(Problem("unknown scale word `\(RecordParser.clip(words[1]))` (use thousand, million, billion or trillion)")) }
            scale = s
        }
        let digits = String(words[0])
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
              groupedDigits(whole), parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
              let v = Double(digits.filter { $0 != "," && $0 != "_" }), v.isFinite
        else { return .failure(Problem("expected a number such as `2,000` or `4 million`, found `\(RecordParser.clip(t))`")) }
        return .success(v * scale)
    }

    /// `2000`, `2,000`, `2_000`: after the first group, groups are exactly three digits.
    static func groupedDigits(_ s: Substring) -> Bool {
        let groups = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "_" })
        guard let first = groups.first, !first.isEmpty, first.allSatisfy(\.isASCIIDigit) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// `unit:` — `count` (a plain number, stored as an empty unit) or a unit in Dossier's notation;
    /// `%` (a percentage: `%`, `%/year`) is the one that starts with no letter.
    static func unit(_ text: String) -> Result<String, Problem> {
        let t = trim(text)
        if t == "count" { return .success("") }
        let allowed: (Unicode.Scalar) -> Bool = { RecordKind.isLetter($0) || ("0"..."9").contains($0) || "/*^ ._-%".unicodeScalars.contains($0) }
        guard let first = t.unicodeScalars.first, RecordKind.isLetter(first) || first == "%", t.unicodeScalars.allSatisfy(allowed) else {
            return .failure(Problem("expected a unit such as `USD/month`, `t/year` or `%`, or `count`, found `\(RecordParser.clip(t))`"))
        }
        return .success(t)
    }

    /// `at:` — `START..<END`, scalar offsets, end excluded.
    static func offsets(_ text: String) -> Result<(Int, Int), Problem> {
        if let found = plainOffsets(text) { return .success(found) }
        let t = trim(text)
        let parts = pieces(t, "..<")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0, b > a else {
            return .failure(Problem("expected `START..<END` (code-point offsets, end excluded, START < END), found `\(RecordParser.clip(t))`"))
        }
        return .success((a, b))
    }

    /// `hedges:` — `reportedly, around` or `purportedly (reportative)`.
    static func hedges(_ text: String) -> Result<[Hedge], Problem> {
        var out: [Hedge] = []
        for item in text.split(separator: ",") {
            let words = item.split(separator: " ")
            guard let word = words.first.map(String.init), word.unicodeScalars.allSatisfy(RecordKind.isLetter) else {
                return .failure(Problem("expected hedge words separated by commas, found `\(RecordParser.clip(trim(String(item))))`"))
            }
            if words.count == 1 {
                guard let kind = HedgeLexicon.kind(of: word) else {
                    return .failure(Problem("`\(word)` is not a known hedge word; give its class, as `\(word) (possibility)`"))
                }
                out.append(Hedge(word: word, kind: kind))
            } else {
                let tail = words.dropFirst().joined(separator: " ")
                guard words.count == 2, tail.hasPrefix("("), tail.hasSuffix(")"), let kind = HedgeKind(rawValue: String(tail.dropFirst().dropLast())) else {
                    return .failure(Problem("expected `\(word) (CLASS)` with CLASS one of \(HedgeKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                out.append(Hedge(word: word, kind: kind))
            }
        }
        return out.isEmpty ? .failure(Problem("empty list of hedges")) : .success(out)
    }

    /// `text` cut at every occurrence of `separator` (left to right, not overlapping). The
    /// separators are ASCII, and an ASCII byte is never part of a longer UTF-8 sequence, so
    /// cutting the bytes cuts the same places as cutting the scalars.
    static func pieces(_ text: String, _ separator: StaticString) -> [String] {
        let sep = UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount)
        let bytes = Array(text.utf8)
        var out: [String] = []
        var pieceStart = 0, i = 0
        while i + sep.count <= bytes.count {
            if bytes[i] == sep[0] && bytes[i..<(i + sep.count)].elementsEqual(sep) {
                out.append(String(decoding: bytes[pieceStart..<i], as: UTF8.self))
                i += sep.count
                pieceStart = i
            } else {
                i += 1
            }
        }
        out.append(String(decoding: bytes[pieceStart...], as: UTF8.self))
        return out
    }

    /// The common case of `value:`, read from the bytes without building strings: a whole number
    /// of at most 15 digits (so exact as a `Double`), grouped by `,` or `_` in threes after the
    /// first group, between optional blanks. Nil for anything else, which the general reader takes
    /// (with its messages); what this accepts, that reads as the same number.
    static func plainNumber(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { plainNumber($0) }
    }

    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var (i, end) = trimmed(bytes)
        guard i < end, isDigit(bytes[i]) else { return nil }
        var n = 0, digits = 0, group = 0, grouped = false
        while i < end {
            let b = bytes[i]
            if isDigit(b) {
                n = n &* 10 &+ Int(b &- UInt8(ascii: "0"))  // at most 15 digits: no overflow
                digits += 1
                group += 1
                if digits > 15 { return nil }
            } else if b == UInt8(ascii: ",") || b == UInt8(ascii: "_") {
                // the first group is any length; each later one exactly three digits
                guard group > 0, !grouped || group == 3 else { return nil }
                grouped = true
                group = 0
            } else {
                return nil
            }
            i += 1
        }
        guard !grouped || group == 3 else { return nil }
        return Double(n)
    }

    /// The common case of `at:`, from the bytes: `START..<END` in digits (at most 18 each) with
    /// START < END, between optional blanks. Nil for anything else, left to the general reader.
    static func plainOffsets(_ text: String) -> (Int, Int)? {
        var text = text
        return text.withUTF8 { plainOffsets($0) }
    }

    static func plainOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var (i, end) = trimmed(bytes)
        guard let a = digits(bytes, &i, end), i + 3 <= end, bytes[i] == UInt8(ascii: "."), bytes[i + 1] == UInt8(ascii: "."),
              bytes[i + 2] == UInt8(ascii: "<") else { return nil }
        i += 3
        guard let b = digits(bytes, &i, end), i == end, b > a else { return nil }
        return (a, b)
    }

    /// The number in the digits from `i` (1 to 18 of them, not followed by another), moving `i` past them.
    @inline(__always)
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Int? {
        var n = 0, count = 0
        while i < end, isDigit(bytes[i]), count < 18 {
            n = n &* 10 &+ Int(bytes[i] &- UInt8(ascii: "0"))  // at most 18 digits: no overflow
            count += 1
            i += 1
        }
        return count == 0 || (i < end && isDigit(bytes[i])) ? nil : n
    }

    /// What `unit(_:)` makes of `bytes` when it accepts them, read from the bytes; nil when it
    /// would refuse them (left to it, for the message).
    static func plainUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let (start, end) = trimmed(bytes)
        guard start < end, RecordKind.isLetter(bytes[start]) || bytes[start] == UInt8(ascii: "%") else { return nil }
        let t = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if FieldName.equal(t, "count") { return "" }
        for b in t where !(RecordKind.isLetter(b) || isDigit(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "*") || b == UInt8(ascii: "^")
                           || b == UInt8(ascii: " ") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                           || b == UInt8(ascii: "%")) {
            return nil
        }
        return String(decoding: t, as: UTF8.self)
    }

    /// Whether `text`'s UTF-8 bytes are `bytes`.
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { own in
            own.count == bytes.count && (own.isEmpty || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0)
        } ?? text.utf8.elementsEqual(bytes)
    }

    /// `bytes` without leading and trailing spaces and tabs, as a string (what `trim` makes of them).
    static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (start, end) = trimmed(bytes)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// The range of `bytes` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var i = 0, end = bytes.count
        while i < end && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")) { i += 1 }
        while end > i && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        return (i, end)
    }

    /// Whether `bytes` are none or only spaces and tabs (what `trim(text).isEmpty` says).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") { return false }
        return true
    }

    /// The number of Unicode scalars in `text`.
    static func scalarCount(_ text: String) -> Int { Article.scalarCount(text) }

    /// Whether `bytes` hold `byte`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}

/// What is wrong with a field's value (the reader adds the file, line and field).
struct Problem: Error {
    /// The message.
    var message: String
    init(_ message: String) { self.message = message }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
