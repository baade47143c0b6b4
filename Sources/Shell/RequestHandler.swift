import Language
import Session

/// The one place the shell acts on what a command asks of it (`ShellRequest`): quitting and
/// history are the shell's own; saving, opening and exporting go to the notebook services.
public struct RequestHandler {
    /// What the input loop does next.
    public enum Result: Equatable {
        /// Print this (possibly empty) and read on.
        case text(String)
        /// Print this rendered error; the request failed.
        case failure(String)
        /// Leave the loop with success.
        case quit
    }

    /// Saving, opening and exporting notebooks.
    public var notebook: NotebookServices

    /// Creates a handler over the given notebook services.
    public init(notebook: NotebookServices) {
        self.notebook = notebook
    }

    /// Acts on `request` made by an input read from `reader`.
    public func handle(_ request: ShellRequest, session: Session, reader: LineReader) -> Result {
        switch request {
        case .quit:
            return .quit
        case .history(let limit):
            return .text(Self.history(reader.history(), limit: limit))
        case .save, .open, .export:
            switch notebook.handle(request, session: session) {
            case .text(let text): return .text(text)
            case .failure(let rendered): return .failure(rendered)
            case .confirm(let question, let then, let refusal):
                guard reader.isInteractive else { return .failure(refusal) }
                guard reader.confirm(question) else { return .text("not saved") }
                return handle(then, session: session, reader: reader)
            }
        }
    }

    /// The history numbered from 1, oldest first; only the last `limit` entries when given.
    static func history(_ lines: [String]?, limit: Int?) -> String {
        guard let lines else { return "(no history: it is kept only in the interactive shell)" }
        let first = max(0, lines.count - (limit ?? lines.count))
        let width = String(lines.count).count
        return lines.indices.dropFirst(first).map { i in
            let n = String(i + 1)
            return String(repeating: " ", count: width - n.count) + n + "  " + lines[i]
        }.joined(separator: "\n")
    }
}
