import Language
import Render
import Session
import Shell

/// One piece of what a cell printed, in order, as the kernel publishes it.
public enum CellEvent: Equatable {
    /// A result: the text the shell prints, its HTML, and the input that gave it. `isLast` marks
    /// the cell's last input (published as `execute_result`; earlier ones as `display_data`).
    case result(text: String, html: String, input: String, isLast: Bool)
    /// What a request printed (`:save`, `:history`...): a line of standard output.
    case stream(String)
    /// An error: its kind (`syntax`, `unknown-name`...), message and rendered diagnostic.
    case error(kind: String, message: String, rendered: String)
}

/// Runs a notebook cell's code in the session, line by line as the shell's input loop does: an
/// input with a bracket still open takes the next line too, blank lines and comments are
/// skipped, and the first error ends the cell (the session stays as it was before that input).
public final class CellRunner {
    /// The session every cell runs in (a notebook session: `:save` writes its cells).
    public let session: Session
    /// What `:save`, `:open`, `:export` and `:history` do.
    let requests: RequestHandler
    /// The inputs run so far, for `:history` and `history_request`.
    public let history = KernelHistory()

    /// Creates a runner over `session`; `notebook` carries out `:save`, `:open` and `:export`.
    public init(session: Session, notebook: NotebookServices) {
        self.session = session
        self.requests = RequestHandler(notebook: notebook)
    }

    /// Runs `code`, reporting each output to `emit` as it happens; returns whether it ran without error.
    @discardableResult
    public func run(_ code: String, cellID: String, emit: (CellEvent) -> Void) -> Bool {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lastLine = lines.lastIndex { !$0.trimmingWhitespace().isEmpty } ?? -1
        var pending = ""
        var results = 0
        for (index, line) in lines.enumerated() {
            let input = pending.isEmpty ? line : pending + "\n" + line
            pending = ""
            if !input.trimmingWhitespace().isEmpty { history.remember(input) }
            let outcome = session.run(input)
            switch outcome {
            case .incomplete:
                pending = input
                history.forgetLast()
            case .output(let text):
                guard !text.isEmpty else { continue }
                results += 1
                let html = RichOutput.html(text: text, figure: session.figure, id: "\(cellID)-\(results)")
                emit(.result(text: text, html: html, input: input.trimmingWhitespace(), isLast: index >= lastLine))
            case .failure(let diagnostic, let rendered):
                emit(.error(kind: diagnostic.kind.rawValue, message: diagnostic.message, rendered: rendered))
                return false
            case .request(let request):
                switch requests.handle(request, session: session, reader: history) {
                case .quit:
                    emit(.stream(":quit does nothing in a notebook: shut the kernel down from the notebook's menu\n"))
                case .text(let text):
                    if !text.isEmpty { emit(.stream(text + "\n")) }
                case .failure(let rendered):
                    emit(.error(kind: Self.kind(of: rendered), message: rendered, rendered: rendered))
                    return false
                }
            }
        }
        if !pending.isEmpty {
            let rendered = InputLoop.unfinished(pending, origin: nil)
            emit(.error(kind: Diagnostic.Kind.syntax.rawValue, message: "the input ends with a bracket still open", rendered: rendered))
            return false
        }
        return true
    }

    /// The kind in a rendered error (`error[io]: ...` → `io`).
    static func kind(of rendered: String) -> String {
        guard rendered.hasPrefix("error["), let close = rendered.firstIndex(of: "]") else { return "command" }
        return String(rendered[rendered.index(rendered.startIndex, offsetBy: 6)..<close])
    }
}
