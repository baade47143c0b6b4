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
    /// The story `dossier --article` drafted, for `:draft save` (nil in any other session).
    public var draft: DraftSaver?

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
            return reply(notebook.handle(request, session: session), session: session, reader: reader)
        case .saveDraft(let path, let force):
            guard let draft else { return .failure(DraftSaver.notDrafted) }
            return reply(draft.save(to: path, force: force), session: session, reader: reader)
        }
    }

    /// What the loop does with a reply: a question is asked only at a terminal.
    private func reply(_ reply: NotebookReply, session: Session, reader: LineReader) -> Result {
        switch reply {
        case .text(let text): return .text(text)
        case .failure(let rendered): return .failure(rendered)
        case .confirm(let question, let then, let refusal):
            guard reader.isInteractive else { return .failure(refusal) }
            guard reader.confirm(question) else { return .text("not saved") }
            return handle(then, session: session, reader: reader)
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
