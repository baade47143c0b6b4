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
        return decimal(magnitude, negative: negative, significant: significant)
    }

    /// `grouped` of a finite magnitude from 1e-6 to below 1e21 that is not a whole number below
    /// 10^15, written in one stack buffer (a result with a fraction, or float noise as in
    /// 1,199,880,000.0000002, takes this path).
    static func decimal(_ magnitude: Double, negative: Bool, significant: Int) -> String {
        // Digits (at most 17) at 0..<32, the text after them: sign, 22 integer digits and 7
        // commas, a point, 5 zeros and 17 digits of fraction fit in the 64 bytes from 32.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer in
            let d = buffer.baseAddress!, out = d + 32
            let (count, exponent) = roundedDigits(magnitude, significant: significant, into: d)
            // The digits d1 d2 … dn mean 0.d1d2…dn × 10^exponent: the integer part is the first
            // `exponent` of them (zeros past the last), the fraction the rest (zeros before them).
            let integerCount = max(exponent, 1)
            var n = 0
            if negative { out[0] = UInt8(ascii: "-"); n = 1 }
            var group = (integerCount - 1) % 3 + 1
            for i in 0..<integerCount {
                if group == 0 { out[n] = UInt8(ascii: ","); n += 1; group = 3 }
                out[n] = exponent <= 0 ? UInt8(ascii: "0") : i < count ? d[i] : UInt8(ascii: "0")
                n += 1
                group -= 1
            }
            // The fraction without trailing zeros: -exponent zeros, then the digits after the integer part.
            var last = count
            while last > max(exponent, 0), d[last - 1] == UInt8(ascii: "0") { last -= 1 }
            if last > max(exponent, 0) {
                out[n] = UInt8(ascii: ".")
                n += 1
                for _ in 0..<max(-exponent, 0) { out[n] = UInt8(ascii: "0"); n += 1 }
                for i in max(exponent, 0)..<last { out[n] = d[i]; n += 1 }
            }
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let (count, exponent) = roundedDigits(x, significant: significant, into: buffer.baseAddress!)
            return (String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: count), as: UTF8.self), exponent)
        }
    }

    /// `roundedDigits` written as ASCII digits at `d` (room for 32): how many, and the exponent.
    static func roundedDigits(_ x: Double, significant: Int, into d: UnsafeMutablePointer<UInt8>) -> (count: Int, exponent: Int) {
        // Double.description gives the shortest round-tripping decimal, e.g. "240000000.0",
        // "1.5e-07", "0.4666666666666667": at most 17 significant digits, 24 bytes in all.
        var text = x.description
        return text.withUTF8 { utf8 -> (count: Int, exponent: Int) in
            var count = 0, point: Int? = nil, lead = 0, i = 0
            while i < utf8.count, utf8[i] != UInt8(ascii: "e") && utf8[i] != UInt8(ascii: "E") {
                let c = utf8[i]
                i += 1
                if c == UInt8(ascii: ".") {
                    point = count + lead
                } else if count == 0 && c == UInt8(ascii: "0") {
                    // Leading zeros are counted, not kept (one stays when every digit is zero).
                    lead += 1
                } else {
                    d[count] = c
                    count += 1
                }
            }
            // The exponent after `e`, as in "1.5e-07" and "1e+25".
            var exponent = 0, sign = 1
            for c in utf8[min(i + 1, utf8.count)...] {
                if c == UInt8(ascii: "-") { sign = -1 } else if c >= 0x30 && c <= 0x39 { exponent = exponent * 10 + Int(c - 0x30) }
            }
            exponent *= sign
            if count == 0 { d[0] = UInt8(ascii: "0"); count = 1; lead -= 1 }
            var decimalExponent = (point ?? count + lead) - lead + exponent
            // Round to `significant` digits.
            if count > significant {
                let roundUp = d[significant] >= UInt8(ascii: "5")
                count = significant
                if roundUp {
                    var k = count - 1
                    while k >= 0 {
                        if d[k] == UInt8(ascii: "9") { d[k] = UInt8(ascii: "0"); k -= 1 } else { d[k] += 1; break }
                    }
                    if k < 0 {
                        // Every digit was 9: a 1 and zeros, the exponent one higher.
                        d[0] = UInt8(ascii: "1")
                        decimalExponent += 1
                    }
                }
            }
            return (count, decimalExponent)
        }
    }
}
