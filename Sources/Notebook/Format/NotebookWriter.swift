import Language

/// Renders cells as a notebook file (CommonMark): a header comment, then each cell under its
/// `<!-- cell: ID -->` marker — notes as prose, commands as a ```` ```dossier ```` transcript.
///
/// Rendering is deterministic: the same cells and header always give the same bytes.
public enum NotebookWriter {
    /// The notebook text for `cells` under `header`, ending with one newline.
    public static func render(cells: [Cell], header: NotebookHeader) -> String {
        var out = renderHeader(header)
        for (index, cell) in cells.enumerated() {
            out += "\n" + NotebookSyntax.cellMarker(NotebookSyntax.cellID(index)) + "\n"
            switch cell.content {
            case .note(let text):
                for line in lines(of: text) { out += NotebookSyntax.escapeNoteLine(line) + "\n" }
            case .command(let input, let output, let isError):
                out += renderCommand(input: input, output: output, isError: isError)
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
        \(NotebookSyntax.headerClose)

        """
    }

    /// One command cell: the fence, the input lines, the escaped output lines, the fence.
    static func renderCommand(input: String, output: String, isError: Bool) -> String {
        let fence = NotebookSyntax.fence(for: output)
        var out = fence + NotebookSyntax.language + "\n"
        for line in lines(of: input) {
            out += line.isEmpty ? NotebookSyntax.emptyInputLine : NotebookSyntax.inputPrefix + line
            out += "\n"
        }
        if !output.isEmpty {
            for (i, line) in lines(of: output).enumerated() {
                out += NotebookSyntax.escapeOutputLine(line, first: i == 0, isError: isError) + "\n"
            }
        }
        return out + fence + "\n"
    }

    /// The lines of `text`, split at newlines (an empty text is one empty line).
    static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A header value on one line that cannot end the comment early.
    static func clean(_ value: String) -> String {
        value.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
            .replacing("-->", with: "- ->")
    }
}
