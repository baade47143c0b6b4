import Language
/// The table of meta-commands. Each family of commands lives in its own file and contributes a list.
public enum Commands {
    /// Every command, in the order `:help` lists them.
    public static let all: [CommandSpec] = SessionCommands.all + StoryCommands.all + ComputeCommands.all + HedgeCommands.all + NotebookCommands.all

    /// The command called `name` (without its colon).
    public static func lookup(_ name: String) -> CommandSpec? {
        all.first { $0.name == name }
    }
}
