import Quantity

extension Evaluator {
    /// `1800-2200 USD` subtracts: the hint for a range written with a hyphen.
    func rangeHint(_ left: Expr, _ right: Expr) -> String? {
        guard case .number(let lo, _) = left, case .withUnit(.number(let hi, _), let unit, _, 1, _) = right, lo <= hi else { return nil }
        func plain(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x) }
        let a = plain(lo), b = plain(hi)
        return "`-` subtracts; for a range write `\(a) to \(b) \(unit)`"
    }
}

extension Interpreter {
    /// `max(600,700)` is one argument, 600,700: when a call then lacks an argument, the help says
    /// so. Worked on the input's text, on the error path only.
    package static func withCommaHint(_ d: Diagnostic, input: String) -> Diagnostic {
        guard d.kind == .argument, d.message.contains("is missing its argument"), let span = d.span else { return d }
        let bytes = Array(input.utf8)
        guard span.end <= bytes.count, let open = bytes[span.start..<span.end].firstIndex(of: UInt8(ascii: "(")) else { return d }
        func isDigit(_ i: Int) -> Bool { i < span.end && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        var i = open + 1
        while i < span.end {
            // A number with a comma group: digits, then ",ddd" with no space.
            guard isDigit(i), i == open + 1 || !isDigit(i - 1) else { i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            var grouped = false
            while j + 3 < span.end, bytes[j] == UInt8(ascii: ","), isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) {
                grouped = true
                j += 4
            }
            if grouped {
                let text = String(decoding: bytes[i..<j], as: UTF8.self)
                let call = String(decoding: bytes[span.start..<open], as: UTF8.self)
                var hinted = d
                hinted.help = "`\(text)` was read as one number: a comma between digits groups them. For two arguments put a space after the comma: `\(call)(\(text.split(separator: ",").joined(separator: ", ")))`"
                return hinted
            }
            i = j
        }
        return d
    }
}
