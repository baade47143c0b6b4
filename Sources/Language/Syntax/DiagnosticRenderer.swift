/// Draws a diagnostic the one way Dossier shows errors: the message, the input line, a caret
/// under the span, and any help.
///
///     error[unknown-name]: no fact, variable or function named `soldier_pya`
///       |
///     1 | soldier_pya * 2
///       | ^^^^^^^^^^^ not defined
///       = help: did you mean `soldier_pay`?
public enum DiagnosticRenderer {
    /// Renders `diagnostic` for `input` (the text the span points into); `origin` names where the
    /// input came from ("<input>", "script.dos:12") and is shown when it is not the prompt.
    public static func render(_ diagnostic: Diagnostic, input: String, origin: String? = nil) -> String {
        var out = "error[\(diagnostic.kind.rawValue)]: \(diagnostic.message)\n"
        if let span = diagnostic.span {
            let bytes = Array(input.utf8)
            let start = min(max(0, span.start), bytes.count)
            let end = min(max(start, span.end), bytes.count)
            // The line holding the span's start.
            var lineStart = start
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = start
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var lineNumber = 1
            for b in bytes[0..<lineStart] where b == 0x0A { lineNumber += 1 }
            let gutter = String(lineNumber)
            let pad = String(repeating: " ", count: gutter.count)
            if let origin { out += "\(pad)--> \(origin)\n" }
            let lineText = clip(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
            out += "\(pad) |\n"
            out += "\(gutter) | \(lineText.text)\n"
            let column = columns(bytes[lineStart..<start]) - lineText.skipped
            let width = max(1, columns(bytes[start..<min(end, lineEnd)]))
            var caretLine = "\(pad) | " + String(repeating: " ", count: max(0, column))
            caretLine += String(repeating: "^", count: min(width, 80))
            if let label = diagnostic.label { caretLine += " " + label }
            out += caretLine + "\n"
        } else if let origin {
            out += "  --> \(origin)\n"
        }
        if let help = diagnostic.help {
            out += "  = help: \(help)\n"
        }
        out.removeLast()
        return out
    }

    /// Counts display columns as Unicode scalars (one column each; good enough for prose and code).
    static func columns(_ bytes: ArraySlice<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Long lines (a 1 MB paste) are shown as a window so the caret stays readable.
    static func clip(_ line: String) -> (text: String, skipped: Int) {
        let scalars = Array(line.unicodeScalars)
        if scalars.count <= 200 { return (line, 0) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[0..<200])
        return (String(s) + " …", 0)
    }
}
