import Language
import Session

/// Writes a notebook as a Jupyter notebook (nbformat 4.5), by hand: no Foundation, keys sorted
/// as Jupyter writes them, so the same notebook always exports to the same bytes.
///
/// Notes become markdown cells; commands become code cells whose source is the input and whose
/// one output is a stream — `stdout` for a result, `stderr` for an error. Cell ids are the
/// notebook's positional ids (`c1`, `c2`, …), which match nbformat's `^[a-zA-Z0-9-_]+$`.
public enum IpynbExporter {
    /// The `.ipynb` JSON text for `notebook`, ending with a newline.
    public static func export(_ notebook: Notebook) -> String {
        let cells = notebook.cells.enumerated().map { index, cell in
            json(cell, id: NotebookSyntax.cellID(index))
        }
        let header = notebook.header
        let root = JSONValue.object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("dossier", .object([
                    ("dossier_version", .string(header.dossierVersion)),
                    ("format", .number(header.format)),
                ]
                // The hedge readings the outputs were computed with, only when the header has them
                // (so notebooks without them export as before).
                + (header.hedges.isEmpty ? [] : [("hedges", .array(header.hedges.map(JSONValue.string)))])
                + [
                    ("seed", .string(String(header.seed))),
                    ("story", .string(header.storyID)),
                    ("story_hash", .string(header.storyHash)),
                ])),
                ("kernelspec", .object([
                    ("display_name", .string("Dossier")),
                    ("language", .string("dossier")),
                    ("name", .string("dossier")),
                ])),
                ("language_info", .object([
                    ("file_extension", .string(".dos")),
                    ("name", .string("dossier")),
                ])),
            ])),
            ("nbformat", .number(4)),
            ("nbformat_minor", .number(5)),
        ])
        return root.render() + "\n"
    }

    /// One cell as nbformat JSON.
    static func json(_ cell: Cell, id: String) -> JSONValue {
        switch cell.content {
        case .note(let text):
            return .object([
                ("cell_type", .string("markdown")),
                ("id", .string(id)),
                ("metadata", .object([])),
                ("source", source(text)),
            ])
        case .command(let input, let output, let isError):
            var outputs: [JSONValue] = []
            if !output.isEmpty {
                outputs.append(.object([
                    ("name", .string(isError ? "stderr" : "stdout")),
                    ("output_type", .string("stream")),
                    ("text", source(output + "\n")),
                ]))
            }
            return .object([
                ("cell_type", .string("code")),
                ("execution_count", .null),
                ("id", .string(id)),
                ("metadata", .object([])),
                ("outputs", .array(outputs)),
                ("source", source(input)),
            ])
        }
    }

    /// A multi-line string as Jupyter stores it: a list of lines, each but the last ending in "\n".
    static func source(_ text: String) -> JSONValue {
        if text.isEmpty { return .array([]) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        lines[lines.count - 1].removeLast()
        if lines[lines.count - 1].isEmpty { lines.removeLast() }
        return .array(lines.map(JSONValue.string))
    }
}
