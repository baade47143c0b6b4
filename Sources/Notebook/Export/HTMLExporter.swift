import Language

/// Writes a notebook as one standalone HTML page: notes as paragraphs, commands as preformatted
/// transcripts, every piece of text escaped. No scripts, no external resources.
public enum HTMLExporter {
    /// The HTML page for `notebook`, titled `title`.
    public static func export(_ notebook: Notebook, title: String) -> String {
        let header = notebook.header
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; font-family: sans-serif; line-height: 1.5; }
        pre { background: #f6f8fa; padding: 0.75rem; overflow-x: auto; }
        .input { color: #0550ae; }
        .error { color: #b42318; }
        footer { color: #666; font-size: 0.85rem; }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>

        """
        for (index, cell) in notebook.cells.enumerated() {
            let id = NotebookSyntax.cellID(index)
            switch cell.content {
            case .note(let text):
                out += "<div id=\"\(id)\">\n"
                for paragraph in paragraphs(text) { out += "<p>\(escape(paragraph))</p>\n" }
                out += "</div>\n"
            case .command(let input, let output, let isError):
                out += "<pre id=\"\(id)\"><code>"
                out += input.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "<span class=\"input\">&gt; \(escape(String($0)))</span>" }.joined(separator: "\n")
                if !output.isEmpty {
                    out += "\n" + (isError ? "<span class=\"error\">\(escape(output))</span>" : escape(output))
                }
                out += "</code></pre>\n"
            }
        }
        out += """
        <footer>Dossier \(escape(header.dossierVersion)) · story \(escape(header.storyID)) (\(escape(header.storyHash))) · seed \(header.seed)</footer>
        </body>
        </html>

        """
        return out
    }

    /// Text with `& < > " '` replaced by entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A note's paragraphs: runs of lines separated by blank lines.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { result.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }
}
