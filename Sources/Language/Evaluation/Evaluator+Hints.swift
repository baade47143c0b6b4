import Quantity

extension Evaluator {
    /// `1800-2200 USD` subtracts: the hint for a range written with a hyphen.
    func rangeHint(_ left: Expr, _ right: Expr) -> String? {
        guard case .number(let lo, _) = left, case .withUnit(.number(let hi, _), let unit, _, 1, _) = right, lo <= hi else { return nil }
        func plain(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x) }
        let a = plain(lo), b = plain(hi)
        return "`-` subtracts; for a range write `\(a) to \(b) \(unit)`"
    }

    /// `max(600,700)` is one argument, 600,700: the hint when a call then lacks one.
    func groupedCommaHint(_ arguments: [Argument], function: String) -> String? {
        guard let session else { return nil }
        for a in arguments where a.label == nil {
            guard case .number(_, let span) = a.value else { continue }
            let text = session.text(of: span, in: session.currentInput)
            if text.contains(",") {
                let spaced = text.split(separator: ",").joined(separator: ", ")
                return "`\(text)` was read as one number: a comma between digits groups them. For two arguments put a space after the comma: `\(function)(\(spaced))`"
            }
        }
        return nil
    }
}
