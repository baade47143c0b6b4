import Language
/// What a notebook frontend asks of a session without running anything: whether an input needs
/// more lines, and what a name under the cursor is.
extension Session {
    /// Whether an input is whole, still open, or cannot be read.
    public enum Continuation: Sendable, Equatable {
        /// It can run as it is.
        case complete
        /// A bracket is still open: the shell would read another line (`Outcome.incomplete`).
        case incomplete
        /// It cannot be lexed (running it gives a syntax error).
        case invalid
    }

    /// The shell's continuation rule for `input`, decided by the lexer alone: an expression or an
    /// expression-taking command (`:simulate`, `:table`, `:assume`) with a bracket still open
    /// needs another line. Nothing runs and the session does not change.
    public static func continuation(of input: String) -> Continuation {
        let trimmed = input.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .complete }
        if trimmed.hasPrefix(":") {
            let name = trimmed.dropFirst().prefix { $0.isLetter }
            guard ["simulate", "table", "assume"].contains(String(name)) else { return .complete }
        }
        do throws(Diagnostic) {
            return try Lexer(trimmed).tokenize().openBrackets > 0 ? .incomplete : .complete
        } catch {
            return .invalid
        }
    }

    /// What `:fact` or `:help` says of the word under the cursor (byte `cursorByte` of `line`):
    /// a fact, assumption or claim id, a command (`:simulate`), a function or a help topic.
    /// Nil when the word is none of these. Nothing is recorded.
    public func inspection(forLine line: String, cursorByte: Int) -> String? {
        let bytes = Array(line.utf8)
        let cursor = min(max(0, cursorByte), bytes.count)
        var start = cursor, end = cursor
        while start > 0, Self.isWordByte(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        guard start < end else { return nil }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        let isCommand = start > 0 && bytes[start - 1] == UInt8(ascii: ":")
        if !isCommand, let text = StoryFactView.render(word, in: story, color: false) { return text }
        return try? HelpText.render(topic: word, session: self, offset: 0)
    }
}
