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
            // A script's origin ends with its line ("run.dos:12"): the gutter counts from there.
            var lineNumber = firstLine(of: origin)
            for b in bytes[0..<lineStart] where b == 0x0A { lineNumber += 1 }
            let gutter = String(lineNumber)
            let pad = String(repeating: " ", count: gutter.count)
            if let origin { out += "\(pad)--> \(origin)\n" }
            let lineText = clip(Array(bytes[lineStart..<lineEnd]), spanColumn: columns(bytes[lineStart..<start]))
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
        return visible(out)
    }

    /// `text` with control characters other than the line breaks drawn as their visible pictures
    /// (ESC as ␛, a tab as ␉, DEL as ␡; C1 controls as �), one for one so carets stay aligned: an
    /// error quotes its input, and input typed or piped in may hold an escape sequence, which must
    /// not reach the terminal.
    static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0A: out.append(u)
            case 0..<0x20: out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Counts display columns as Unicode scalars (one column each; good enough for prose and code).
    static func columns(_ bytes: ArraySlice<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Long lines (a 1 MB paste) are shown as a window of about 120 columns around the span's
    /// start, marked with "…" where cut, so the caret stays under the right place.
    /// `skipped` is how many columns the window moved the caret left.
    static func clip(_ line: [UInt8], spanColumn: Int) -> (text: String, skipped: Int) {
        let scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
        if scalars.count <= 120 { return (String(String.UnicodeScalarView(scalars)), 0) }
        let from = max(0, min(spanColumn - 40, scalars.count - 120))
        let to = min(scalars.count, from + 120)
        var text = String(String.UnicodeScalarView(scalars[from..<to]))
        var skipped = from
        if from > 0 { text = "…" + text; skipped -= 1 }
        if to < scalars.count { text += "…" }
        return (text, skipped)
    }

    /// The line number an origin like "notes.dos:12" names, else 1.
    static func firstLine(of origin: String?) -> Int {
        guard let origin, let colon = origin.lastIndex(of: ":"),
              let n = Int(origin[origin.index(after: colon)...]), n > 0 else { return 1 }
        return n
    }
}
