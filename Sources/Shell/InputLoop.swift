import Language
import Session

/// The one input loop (as sqlite3's `one_input_line`): the interactive shell, `run FILE`, piped
/// standard input and `-e` all read lines from a `LineReader` and run them here.
///
/// An input whose brackets are still open (`Outcome.incomplete`) gathers more lines under the
/// continuation prompt. A person at the terminal sees errors and carries on; a script stops at
/// its first error unless `keepGoing` is set, and either way its exit status says an error
/// happened.
public struct InputLoop {
    /// How a loop ended.
    public enum Ending: Equatable {
        /// The input ran out, or `:quit`.
        case finished
        /// An input failed (and a script stopped there unless it keeps going).
        case failed
    }

    /// The session the inputs run in.
    public let session: Session
    /// Where results and errors go.
    public let output: Output
    /// What the loop does with requests (`:quit`, `:history`, `:save`...).
    public let requests: RequestHandler
    /// Whether a script carries on after an error.
    public let keepGoing: Bool
    /// Called before each input runs (the shell clears its Ctrl-C flag here).
    public let willRun: () -> Void
    /// Asked when the input ends or `:quit` is entered: a warning to print instead of leaving
    /// (unsaved cells), or nil to leave. Asked again only after another line.
    public let leaving: () -> String?

    /// Creates a loop.
    public init(session: Session, output: Output, requests: RequestHandler, keepGoing: Bool = false, willRun: @escaping () -> Void = {},
                leaving: @escaping () -> String? = { nil }) {
        self.session = session
        self.output = output
        self.requests = requests
        self.keepGoing = keepGoing
        self.willRun = willRun
        self.leaving = leaving
    }

    /// Reads and runs inputs from `reader` until it ends, `:quit`, or (for a script) an error.
    public func run(_ reader: LineReader) -> Ending {
        var pending = ""
        var pendingLine = 0
        var failed = false
        var warnedBeforeLeaving = false
        /// Whether to leave now, or to warn once and read on.
        func mayLeave() -> Bool {
            if warnedBeforeLeaving { return true }
            guard let warning = leaving() else { return true }
            output.error(warning)
            warnedBeforeLeaving = true
            return false
        }
        let stops = !reader.isInteractive && !keepGoing
        let notebook = requests.notebook
        while true {
            // Standard output failed (a full disk): stop, as coreutils do; the caller reports it.
            if output.writeError != nil { return .failed }
            let read = reader.readLine(prompt: pending.isEmpty ? .primary : .continuation)
            switch read {
            case .end:
                if !pending.isEmpty {
                    output.error(Self.unfinished(pending, origin: reader.origin(line: pendingLine)))
                    return .failed
                }
                if !mayLeave() { continue }
                return failed ? .failed : .finished
            case .interrupted:
                pending = ""
                warnedBeforeLeaving = false
            case .rejected(let message, let number):
                pending = ""
                output.error("error[limit]: \(message)" + (reader.origin(line: number).map { "\n  --> \($0)" } ?? ""))
                failed = true
                if stops { return .failed }
            case .line(let text, let number):
                if pending.isEmpty { pendingLine = number }
                // Any line but a second `:quit` asks again before leaving.
                let warnedJustBefore = warnedBeforeLeaving
                warnedBeforeLeaving = false
                reader.remember(text)
                let input = pending.isEmpty ? text : pending + "\n" + text
                willRun()
                // (Only the terminal looks for a note's cell: a script line reads no more of the session.)
                let cellsBefore = reader.isInteractive ? session.cells.count : 0
                let outcome = session.run(input, origin: reader.origin(line: pendingLine))
                if case .incomplete = outcome {
                    pending = input
                    continue
                }
                notebook.didRun(session: session)
                pending = ""
                switch outcome {
                case .incomplete:
                    break
                case .output(let text):
                    // At a terminal, `uses:` lines wrap between words, not where the terminal cuts them.
                    if !text.isEmpty { output.line(reader.isInteractive ? ProvenanceWrap.wrap(text, width: Terminal.width()) : text) }
                    // A note prints nothing of its own: say at the prompt that it was kept.
                    if text.isEmpty, reader.isInteractive, session.cells.count == cellsBefore + 1,
                       case .note = session.cells[cellsBefore].content {
                        output.line("noted (cell \(session.cells.count))")
                    }
                case .failure(let diagnostic, let rendered):
                    // The terminal echoed `^C` mid-line; start the message on a line of its own.
                    if diagnostic.kind == .interrupted && reader.isInteractive { output.error("") }
                    output.error(rendered)
                    failed = true
                    if stops { return .failed }
                case .request(let request):
                    switch requests.handle(request, session: session, reader: reader) {
                    case .quit:
                        warnedBeforeLeaving = warnedJustBefore
                        if !mayLeave() { continue }
                        return failed ? .failed : .finished
                    case .text(let text):
                        if !text.isEmpty { output.line(text) }
                    case .failure(let rendered):
                        output.error(rendered)
                        failed = true
                        if stops { return .failed }
                    }
                }
            }
        }
    }

    /// The error for input that ends with a bracket still open.
    public static func unfinished(_ input: String, origin: String?) -> String {
        let end = input.utf8.count
        let diagnostic = Diagnostic(.syntax, "the input ends with a bracket still open", at: SourceSpan(end, end),
                                    label: "expected `)` before the end", help: "close every `(` you open")
        return DiagnosticRenderer.render(diagnostic, input: input, origin: origin)
    }
}
