import Language
/// A meta-command (`:name args`): its help text and what it does.
public struct CommandSpec: Sendable {
    /// The name without the colon.
    public var name: String
    /// The argument synopsis shown in help ("ID", "[filter]").
    public var usage: String
    /// One line for the `:help` list.
    public var summary: String
    /// The full help text for `:help NAME`.
    public var help: String
    /// Whether the command's effect is recorded as a notebook cell.
    public var recorded: Bool
    /// Runs the command on `session` with `arguments` (the text after the name, trimmed), which
    /// starts at byte `argumentsOffset` of the input (for spans in diagnostics).
    public var run: @Sendable (_ session: Session, _ arguments: String, _ argumentsOffset: Int) throws(Diagnostic) -> CommandResult

    /// Creates a command.
    public init(
        name: String, usage: String = "", summary: String, help: String, recorded: Bool = true,
        run: @escaping @Sendable (_ session: Session, _ arguments: String, _ argumentsOffset: Int) throws(Diagnostic) -> CommandResult
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.help = help
        self.recorded = recorded
        self.run = run
    }
}

/// What a command produced.
public enum CommandResult: Sendable {
    /// Text to print (recorded when the command is).
    case text(String)
    /// A note cell to record, with the text to print.
    case note(String)
    /// A request for the layer above.
    case request(ShellRequest)
    /// The arguments hold an unclosed bracket: read another line.
    case incomplete
}
