import Language
import Session

/// Reads a Jupyter notebook (nbformat 4) run with the Dossier kernel back into a Dossier notebook:
/// the reverse of `IpynbExporter`, for `dossier import`.
///
/// Markdown (and raw) cells become notes. A code cell's source is split into inputs by the
/// shell's continuation rule; each input becomes a command cell whose output is what the kernel
/// printed for it: a `stream` (as `dossier export` writes them: stdout for a result, stderr for
/// an error), an `execute_result` or `display_data` (its `text/plain`; the kernel names the input
/// in `metadata.dossier.input`), or an `error` (its traceback, the rendered diagnostic). Inputs
/// that ask the shell to act (`:save`, `:open`, `:export`, `:history`, `:quit`) are not cells in
/// a Dossier notebook either, and are left out. The header (with its hedge readings) comes from
/// `metadata.dossier`, or is `fallback` for a notebook Dossier did not write.
public enum IpynbImporter {
    /// The notebook in `text` (named `fileName` in errors), or the first problem found in it.
    public static func read(_ text: String, fileName: String, fallback: NotebookHeader) throws(NotebookError) -> Notebook {
        let root: JSONValue
        do throws(JSONParser.Failure) {
            root = try JSONParser.parse(text)
        } catch {
            throw NotebookError(fileName: fileName, line: error.line, message: "not a Jupyter notebook: \(error.message) (column \(error.column))")
        }
        guard root["nbformat"]?.int == 4 else {
            throw NotebookError(fileName: fileName, line: nil, message: "not a Jupyter notebook of format 4 (`nbformat` must be 4)")
        }
        guard let cells = root["cells"]?.array else {
            throw NotebookError(fileName: fileName, line: nil, message: "the notebook has no `cells` list")
        }
        let header = try header(root["metadata"]?["dossier"], fileName: fileName) ?? fallback
        var out: [Cell] = []
        for (index, cell) in cells.enumerated() {
            guard let source = cell["source"]?.text else {
                throw NotebookError(fileName: fileName, line: nil, message: "cell \(index + 1) has no `source` text")
            }
            switch cell["cell_type"]?.string {
            case "markdown", "raw":
                out.append(Cell(.note(source)))
            case "code":
                out += commands(source, outputs: cell["outputs"]?.array ?? [])
            default:
                throw NotebookError(fileName: fileName, line: nil, message: "cell \(index + 1) has an unknown `cell_type`")
            }
        }
        return Notebook(header: header, cells: out)
    }

    /// The header in `metadata.dossier`, or nil when there is none.
    static func header(_ meta: JSONValue?, fileName: String) throws(NotebookError) -> NotebookHeader? {
        guard let meta else { return nil }
        guard let version = meta["dossier_version"]?.string, let story = meta["story"]?.string,
              let hash = meta["story_hash"]?.string, let seedText = meta["seed"]?.string, let seed = UInt64(seedText) else {
            throw NotebookError(fileName: fileName, line: nil, message: "`metadata.dossier` needs dossier_version, story, story_hash and seed")
        }
        return NotebookHeader(format: meta["format"]?.int ?? NotebookHeader.currentFormat, dossierVersion: version,
                              storyID: story, storyHash: hash, seed: seed, hedges: meta["hedges"]?.array?.compactMap(\.string) ?? [])
    }

    /// A code cell's inputs as command cells, each with the outputs that belong to it.
    static func commands(_ source: String, outputs: [JSONValue]) -> [Cell] {
        let inputs = split(source)
        var texts = [[String]](repeating: [], count: inputs.count)
        var failed = [Bool](repeating: false, count: inputs.count)
        var last = -1
        for output in outputs {
            guard !inputs.isEmpty else { break }
            // Which input an output belongs to: the one the kernel named, else the one after the
            // last placed (a single input takes everything).
            var target = min(max(last, 0), inputs.count - 1)
            if let named = output["metadata"]?["dossier"]?["input"]?.string,
               let i = inputs.indices.first(where: { $0 >= max(last, 0) && inputs[$0] == named }) {
                target = i
            } else if output["output_type"]?.string == "error" || output["name"]?.string == "stderr" {
                target = min(last + 1, inputs.count - 1)
            }
            switch output["output_type"]?.string {
            case "stream":
                texts[target].append(chomp(output["text"]?.text ?? ""))
                if output["name"]?.string == "stderr" { failed[target] = true }
            case "execute_result", "display_data":
                guard let plain = output["data"]?["text/plain"]?.text else { continue }
                texts[target].append(chomp(plain))
            case "error":
                texts[target].append((output["traceback"]?.array ?? []).compactMap(\.string).joined(separator: "\n"))
                failed[target] = true
            default:
                continue
            }
            last = target
        }
        return inputs.indices.compactMap { i in
            isRequest(inputs[i]) ? nil : Cell(.command(input: inputs[i], output: texts[i].joined(separator: "\n"), isError: failed[i]))
        }
    }

    /// The inputs of a code cell: lines joined while a bracket is open, trimmed; blank lines and
    /// comments (which record nothing) left out.
    static func split(_ source: String) -> [String] {
        var inputs: [String] = []
        var pending = ""
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let input = pending.isEmpty ? String(line) : pending + "\n" + line
            if Session.continuation(of: input) == .incomplete { pending = input; continue }
            pending = ""
            let trimmed = input.trimmingWhitespace()
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { inputs.append(trimmed) }
        }
        if !pending.trimmingWhitespace().isEmpty { inputs.append(pending.trimmingWhitespace()) }
        return inputs
    }

    /// Whether the input asks the shell to act rather than computing (not recorded as a cell).
    static func isRequest(_ input: String) -> Bool {
        guard input.hasPrefix(":") else { return false }
        let name = input.dropFirst().prefix { $0.isLetter }
        return ["save", "open", "export", "history", "quit"].contains(String(name))
    }

    /// `text` without one trailing newline.
    static func chomp(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
