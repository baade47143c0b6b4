/// Formats numbers as news prints them: digit groups, a fixed number of significant digits, and
/// scale words for large amounts. Pure Swift (no Foundation), so it is cheap at start and per line.
public enum NumberFormat {
    /// `x` with thousands separated by commas and at most `significant` significant digits
    /// (default 6), trailing zeros after the point dropped: 240000000 → "240,000,000",
    /// 0.466666 → "0.466667", 5.35 → "5.35". Non-finite values print as "∞", "-∞" or "NaN".
    public static func grouped(_ x: Double, significant: Int = 6) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-∞" : "∞" }
        if x == 0 { return "0" }
        let negative = x < 0
        let magnitude = abs(x)
        // Very large or very small numbers read better in scientific notation.
        if magnitude >= 1e21 || magnitude < 1e-6 {
            return (negative ? "-" : "") + scientific(magnitude, significant: significant)
        }
        if magnitude < 1e15, magnitude == magnitude.rounded(.towardZero) {
            return groupedInteger(UInt64(magnitude), negative: negative, significant: significant)
        }
        let (digits, exponent) = roundedDigits(magnitude, significant: significant)
        // digits is an integer string d1 d2 … dn meaning 0.d1d2…dn × 10^exponent.
        var integerPart: [UInt8] = []
        var fractionPart: [UInt8] = []
        let d = Array(digits.utf8)
        if exponent <= 0 {
            integerPart = [UInt8(ascii: "0")]
            fractionPart = [UInt8](repeating: UInt8(ascii: "0"), count: -exponent) + d
        } else if exponent >= d.count {
            integerPart = d + [UInt8](repeating: UInt8(ascii: "0"), count: exponent - d.count)
        } else {
            integerPart = Array(d[0..<exponent])
            fractionPart = Array(d[exponent...])
        }
        while let last = fractionPart.last, last == UInt8(ascii: "0") { fractionPart.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(integerPart.count + integerPart.count / 3 + fractionPart.count + 2)
        if negative { out.append(UInt8(ascii: "-")) }
        for (i, c) in integerPart.enumerated() {
            if i > 0 && (integerPart.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(c)
        }
        if !fractionPart.isEmpty {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: fractionPart)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A whole number below 10^15, rounded to `significant` digits and grouped, without going
    /// through a decimal string: the common case (counts, money) on the hot path.
    static func groupedInteger(_ value: UInt64, negative: Bool, significant: Int) -> String {
        // At most 20 digits and 6 commas and a sign.
        String(unsafeUninitializedCapacity: 28) { buffer in
            writeGroupedInteger(value, negative: negative, significant: significant, to: UnsafeMutableRawBufferPointer(buffer))
        }
    }

    /// Appends `grouped(x, significant:)` to `out`, writing whole numbers straight into it.
    public static func appendGrouped(_ x: Double, significant: Int, to out: inout [UInt8]) {
        let magnitude = abs(x)
        if x != 0, magnitude < 1e15, magnitude == magnitude.rounded(.towardZero) {
            appendGroupedInteger(UInt64(magnitude), negative: x < 0, significant: significant, to: &out)
        } else {
            out.append(contentsOf: grouped(x, significant: significant).utf8)
        }
    }

    /// Appends a whole number as `groupedInteger` prints it.
    static func appendGroupedInteger(_ value: UInt64, negative: Bool, significant: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(byteCount: 28, alignment: 1) { raw in
            let n = writeGroupedInteger(value, negative: negative, significant: significant, to: raw)
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<n]))
        }
    }

    /// Writes the grouped digits of `value` rounded to `significant` digits (at least 1) into
    /// `buffer` (28 bytes at least) and returns how many were written.
    static func writeGroupedInteger(_ value: UInt64, negative: Bool, significant: Int, to buffer: UnsafeMutableRawBufferPointer) -> Int {
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { raw -> Int in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let count = roundDigits(d, count: digits(of: value, into: d), keep: max(1, significant))
            return writeGroupedDigits(d, count: count, negative: negative, to: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Writes the decimal digits of `v` (values 0–9, most significant first) at `d` (room for 21);
    /// returns how many. Divisions by the constant 10 only (multiplications, not divide instructions).
    @inline(__always)
    static func digits(of v: UInt64, into d: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 1
        var p: UInt64 = 10
        while count < 20 && v >= p { count += 1; p &*= 10 }
        var x = v
        var i = count
        repeat {
            i -= 1
            d[i] = UInt8(truncatingIfNeeded: x % 10)
            x /= 10
        } while i > 0
        return count
    }

    /// Rounds the digits `d[0..<count]` half up to `keep` significant digits, the rest made zero;
    /// returns the new count (one more when the carry runs out of the top: 999,999.6 → 1,000,000).
    @inline(__always)
    static func roundDigits(_ d: UnsafeMutablePointer<UInt8>, count: Int, keep: Int) -> Int {
        guard count > keep else { return count }
        let up = d[keep] >= 5
        for i in keep..<count { d[i] = 0 }
        guard up else { return count }
        var i = keep - 1
        while i >= 0 {
            if d[i] == 9 { d[i] = 0; i -= 1 } else { d[i] += 1; return count }
        }
        // Every kept digit was 9: a 1 followed by zeros, one digit longer.
        d[0] = 1
        for j in 1...count { d[j] = 0 }
        return count + 1
    }

    /// Writes `d[0..<count]` (digit values) with a comma every three from the right, after a minus
    /// sign when `negative`; returns how many bytes.
    @inline(__always)
    static func writeGroupedDigits(_ d: UnsafeMutablePointer<UInt8>, count: Int, negative: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if negative { out[0] = UInt8(ascii: "-"); n = 1 }
        // Digits before the first comma: 1, 2 or 3.
        var group = (count - 1) % 3 + 1
        for i in 0..<count {
            if group == 0 { out[n] = UInt8(ascii: ","); n += 1; group = 3 }
            out[n] = d[i] + 0x30
            n += 1
            group -= 1
        }
        return n
    }

    /// Scientific notation with `significant` digits: 1.5e+25 → "1.5e25".
    static func scientific(_ x: Double, significant: Int) -> String {
        let (digits, exponent) = roundedDigits(x, significant: significant)
        var d = Array(digits.utf8)
        while d.count > 1, d.last == UInt8(ascii: "0") { d.removeLast() }
        var s = String(decoding: d[0..<1], as: UTF8.self)
        if d.count > 1 { s += "." + String(decoding: d[1...], as: UTF8.self) }
        return s + "e" + String(exponent - 1)
    }

    /// The decimal digits of `x` (> 0) rounded to `significant` digits, and the decimal exponent
    /// such that x ≈ 0.DIGITS × 10^exponent. Uses Swift's exact shortest representation first so
    /// that 0.1 stays 0.1, then rounds half away from zero on the decimal digits.
    static func roundedDigits(_ x: Double, significant: Int) -> (String, Int) {
        // Double.description gives the shortest round-tripping decimal, e.g. "240000000.0",
        // "1.5e-07", "0.4666666666666667".
        let text = x.description
        var mantissa: [UInt8] = []
        var pointPosition: Int? = nil
        var exponent = 0
        var seenE = false
        var expText: [UInt8] = []
        for c in text.utf8 {
            if seenE { expText.append(c); continue }
            switch c {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): seenE = true
            case UInt8(ascii: "."): pointPosition = mantissa.count
            default: mantissa.append(c)
            }
        }
        if seenE { exponent = Int(String(decoding: expText, as: UTF8.self)) ?? 0 }
        let point = pointPosition ?? mantissa.count
        // Strip leading zeros, adjusting the point.
        var lead = 0
        while lead < mantissa.count - 1, mantissa[lead] == UInt8(ascii: "0") { lead += 1 }
        var digits = Array(mantissa[lead...])
        var decimalExponent = point - lead + exponent
        // Round to `significant` digits.
        if digits.count > significant {
            let roundUp = digits[significant] >= UInt8(ascii: "5")
            digits = Array(digits[0..<significant])
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == UInt8(ascii: "9") { digits[i] = UInt8(ascii: "0"); i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(UInt8(ascii: "1"), at: 0); digits.removeLast(); decimalExponent += 1 }
            }
        }
        return (String(decoding: digits, as: UTF8.self), decimalExponent)
    }
}
