/// What one read from a line reader gave.
public enum LineRead: Equatable {
    /// A line, without its line ending. `number` is its 1-based line number in the source.
    case line(String, number: Int)
    /// Ctrl-C at the prompt: drop what was typed so far and prompt again.
    case interrupted
    /// A line the reader refused (too long, unreadable); `message` says why. Its bytes are skipped.
    case rejected(String, number: Int)
    /// No more input (end of file, Ctrl-D on an empty line).
    case end
}

/// Which prompt a reader shows: the first line of an input, or a continuation of an open one.
public enum PromptKind: Sendable {
    /// A new input (`> `).
    case primary
    /// More of an input whose brackets are still open (`...> `).
    case continuation
}

/// A source of input lines for the one input loop: the terminal, standard input, a file, `-e`.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` when the reader is interactive.
    func readLine(prompt: PromptKind) -> LineRead
    /// Names where line `number` came from in diagnostics ("notes.dos:3"), or nil at the prompt.
    func origin(line number: Int) -> String?
    /// Whether this reader is a person at a terminal: errors do not stop it, and lines are kept
    /// in the history.
    var isInteractive: Bool { get }
    /// Adds an entered line to the history (a no-op for readers without one).
    func remember(_ line: String)
    /// The history, oldest first, or nil when this reader keeps none.
    func history() -> [String]?
    /// Asks a person a yes-or-no question; false for a reader that is not a person.
    func confirm(_ question: String) -> Bool
}

extension LineReader {
    /// A script cannot agree to anything.
    public func confirm(_ question: String) -> Bool { false }
}
