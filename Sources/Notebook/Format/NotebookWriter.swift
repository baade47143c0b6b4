import Language
import Session

/// Renders cells as a notebook file (CommonMark): a header comment, then each cell under its
/// `<!-- cell: ID -->` marker — notes as prose, commands as a ```` ```dossier ```` transcript.
///
/// Rendering is deterministic: the same cells and header always give the same bytes.
public enum NotebookWriter {
    /// The notebook text for `cells` under `header`, ending with one newline.
    public static func render(cells: [Cell], header: NotebookHeader) -> String {
        var out = renderHeader(header)
        var size = 0
        for cell in cells {
            switch cell.content {
            case .note(let text): size += text.utf8.count + 32
            case .command(let input, let output, _): size += input.utf8.count + output.utf8.count + 64
            }
        }
        out.reserveCapacity(out.utf8.count + size)
        for (index, cell) in cells.enumerated() {
            out.append("\n")
            out.append(NotebookSyntax.cellMarker(NotebookSyntax.cellID(index)))
            out.append("\n")
            switch cell.content {
            case .note(let text):
                for line in lines(of: text) {
                    out.append(NotebookSyntax.escapeNoteLine(line))
                    out.append("\n")
                }
            case .command(let input, let output, let isError):
                renderCommand(input: input, output: output, isError: isError, into: &out)
            }
        }
        return out
    }

    /// The header comment, as `key: value` lines.
    static func renderHeader(_ header: NotebookHeader) -> String {
        """
        \(NotebookSyntax.headerOpen)
        format: \(header.format)
        dossier: \(clean(header.dossierVersion))
        story: \(clean(header.storyID))
        story-hash: \(clean(header.storyHash))
        seed: \(header.seed)
        \(header.hedges.map { "hedge: \(clean($0))\n" }.joined())\(NotebookSyntax.headerClose)

        """
    }

    /// One command cell: the fence, the input lines, the escaped output lines, the fence.
    static func renderCommand(input: String, output: String, isError: Bool, into out: inout String) {
        let fence = NotebookSyntax.fence(for: output)
        out.append(fence)
        out.append(NotebookSyntax.language)
        out.append("\n")
        for line in lines(of: input) {
            if line.isEmpty {
                out.append(NotebookSyntax.emptyInputLine)
            } else {
                out.append(NotebookSyntax.inputPrefix)
                out.append(contentsOf: line)
            }
            out.append("\n")
        }
        if !output.isEmpty {
            for (i, line) in lines(of: output).enumerated() {
                if NotebookSyntax.needsOutputEscape(line, first: i == 0, isError: isError) { out.append("\\") }
                out.append(contentsOf: line)
                out.append("\n")
            }
        }
        out.append(fence)
        out.append("\n")
    }

    /// The lines of `text`, split at newlines (an empty text is one empty line).
    /// Control characters are written as visible pictures (the reader refuses them).
    static func lines(of text: String) -> [Substring] {
        text.newlineSeparated().map(NotebookSyntax.visible)
    }

    /// A header value on one line that cannot end the comment early.
    static func clean(_ value: String) -> String {
        value.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map(NotebookSyntax.visible).joined(separator: " ")
            .replacing("-->", with: "- ->")
    }
}
