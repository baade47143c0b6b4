import Testing
@testable import Quantity

/// `NumberFormat.grouped` writes numbers with a fraction in one stack buffer; these compare it
/// with the array-based version it replaced (kept below as the reference) on hand-picked and
/// random numbers, at every number of significant digits.
struct DecimalFormatTests {
    @Test func byHand() {
        #expect(NumberFormat.grouped(1_199_880_000.0000002) == "1,199,880,000")
        #expect(NumberFormat.grouped(1_199_885_000.5) == "1,199,890,000")
        #expect(NumberFormat.grouped(0.000_001_234_567_8) == "0.00000123457")
        #expect(NumberFormat.grouped(-0.5) == "-0.5")
        #expect(NumberFormat.grouped(999.9999996) == "1,000")
        #expect(NumberFormat.grouped(1.5e20 + 0.5, significant: 17) == "150,000,000,000,000,000,000")
        #expect(NumberFormat.grouped(12_345.678, significant: 17) == "12,345.678")
    }

    @Test func matchesTheReference() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        var checked = 0
        for _ in 0..<60_000 {
            let r = next()
            var x: Double
            switch r & 3 {
            // Any bit pattern, most of them far out of range (then scientific or whole).
            case 0: x = Double(bitPattern: next())
            // Numbers of every size this path takes, with up to 17 digits.
            case 1: x = Double(next() >> 11) / Double(1 << 53) * Self.pow10(Int(next() % 28) - 6)
            // Whole numbers plus float noise, as a chain of unit factors leaves them.
            case 2: x = Double(next() % 10_000_000_000) * (1 + Double.ulpOfOne * Double(Int(next() % 5) - 2))
            // Runs of nines and halves, where rounding carries.
            default: x = (Self.pow10(Int(next() % 20) - 5) - Self.pow10(Int(next() % 10) - 8)) * (next() & 1 == 0 ? 1 : 0.5)
            }
            if r & 4 != 0 { x = -x }
            guard x.isFinite else { continue }
            let significant = Int(next() % 18) + 1
            #expect(NumberFormat.grouped(x, significant: significant) == Self.reference(x, significant: significant),
                    "\(x) at \(significant) digits")
            checked += 1
        }
        #expect(checked > 50_000)
    }

    static func pow10(_ e: Int) -> Double {
        var p = 1.0
        for _ in 0..<abs(e) { p *= 10 }
        return e < 0 ? 1 / p : p
    }

    /// The array-based `grouped` this path replaced, as it was.
    static func reference(_ x: Double, significant: Int) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-∞" : "∞" }
        if x == 0 { return "0" }
        let negative = x < 0
        let magnitude = abs(x)
        if magnitude >= 1e21 || magnitude < 1e-6 {
            return (negative ? "-" : "") + NumberFormat.scientific(magnitude, significant: significant)
        }
        if magnitude < 1e15, magnitude == magnitude.rounded(.towardZero) {
            return NumberFormat.groupedInteger(UInt64(magnitude), negative: negative, significant: significant)
        }
        let (digits, exponent) = referenceDigits(magnitude, significant: significant)
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

    /// The string-based `roundedDigits` this path replaced, as it was.
    static func referenceDigits(_ x: Double, significant: Int) -> (String, Int) {
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
        var lead = 0
        while lead < mantissa.count - 1, mantissa[lead] == UInt8(ascii: "0") { lead += 1 }
        var digits = Array(mantissa[lead...])
        var decimalExponent = point - lead + exponent
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

    @Test func scientificMatchesTheReference() {
        for x in [1e25, 1.5e-7, 9.99999e-7, 1.2345678901234567e300, 5e-324] {
            for significant in 1...17 {
                let (a, e) = NumberFormat.roundedDigits(x, significant: significant)
                let (b, f) = Self.referenceDigits(x, significant: significant)
                #expect(a == b && e == f, "\(x) at \(significant) digits")
            }
        }
    }
}
