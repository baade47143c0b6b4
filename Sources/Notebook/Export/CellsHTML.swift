import Language
import Render
import Session
import Story

/// The notebook's cells as HTML: notes as Markdown, commands as their input and recorded output
/// (errors marked as errors, in words as well as colour), `uses:` and `assumes:` names linked to
/// the facts table, and a chart under each `:table` and `:simulate` whose replay matched.
struct CellsHTML {
    let notebook: Notebook
    let replay: ReplayResult
    let story: Story
    /// Fact and assumption ids, each with whether it is an assumption.
    let known: [String: Bool]
    /// For each fact or assumption id, the cells that used it, in order.
    let usedBy: [String: [String]]

    init(notebook: Notebook, replay: ReplayResult, story: Story) {
        self.notebook = notebook
        self.replay = replay
        self.story = story
        var known: [String: Bool] = [:]
        for f in story.facts { known[f.id] = false }
        for a in story.assumptions { known[a.id] = true }
        self.known = known
        var usedBy: [String: [String]] = [:]
        for (index, cell) in notebook.cells.enumerated() {
            guard case .command(_, let output, false) = cell.content else { continue }
            var seen = Set<String>()
            for line in output.split(separator: "\n") where CellsHTML.isProvenance(line) {
                for word in CellsHTML.words(line) where known[word] != nil && seen.insert(word).inserted {
                    usedBy[word, default: []].append(NotebookSyntax.cellID(index))
                }
            }
        }
        self.usedBy = usedBy
    }

    func html() -> String {
        var out = ""
        for (index, cell) in notebook.cells.enumerated() {
            let id = NotebookSyntax.cellID(index)
            switch cell.content {
            case .note(let text):
                out += "<section class=\"cell note\" id=\"\(id)\">\n\(MarkdownNote.html(text))\n</section>\n"
            case .command(let input, let output, let isError):
                out += "<section class=\"cell command\" id=\"\(id)\" aria-label=\"cell \(id)\">\n"
                out += "<pre class=\"input\"><code>" + input.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "&gt; " + Render.escape(String($0)) }.joined(separator: "\n") + "</code></pre>\n"
                if isError {
                    out += "<p class=\"error-label\">Error:</p>\n<pre class=\"output error\"><code>\(Render.escape(output))</code></pre>\n"
                } else if !output.isEmpty {
                    out += "<pre class=\"output\"><code>\(linked(output))</code></pre>\n"
                }
                if let figure = replay.figures[index], figure.isChart, index < replay.cells.count, replay.cells[index] == cell {
                    out += Render.figureHTML(figure, id: id)
                }
                out += "</section>\n"
            }
        }
        return out
    }

    /// The output with the fact and assumption names on its `uses:`/`assumes:` lines linked.
    func linked(_ output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard CellsHTML.isProvenance(line) else { return Render.escape(String(line)) }
            var out = "", word = ""
            func flush() {
                if let isAssumption = known[word] {
                    out += "<a href=\"#\(FactsTableHTML.anchor(word, isAssumption: isAssumption))\">\(Render.escape(word))</a>"
                } else {
                    out += Render.escape(word)
                }
                word = ""
            }
            for ch in line {
                if CellsHTML.isWordCharacter(ch) { word.append(ch) } else { flush(); out += Render.escape(String(ch)) }
            }
            flush()
            return out
        }.joined(separator: "\n")
    }

    /// Whether an output line lists what a result used (`  uses: …`, `  assumes: …`).
    static func isProvenance(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("uses: ") || trimmed.hasPrefix("assumes: ")
    }

    /// The identifier-like words of a line.
    static func words(_ line: Substring) -> [String] {
        line.split { !isWordCharacter($0) }.map(String.init)
    }

    static func isWordCharacter(_ ch: Character) -> Bool {
        ch == "_" || (ch.isASCII && (ch.isLetter || ch.isNumber))
    }
}

extension Figure {
    /// Whether the figure is drawn as a chart (a listing is only the text the cell already shows).
    var isChart: Bool {
        if case .listing = self { return false }
        return true
    }
}
