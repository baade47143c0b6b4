import Shell

/// The command lines scripts run most, read without swift-argument-parser.
///
/// Parsing with swift-argument-parser costs about as much as the rest of a start (it reflects
/// over the command types), and `dossier -e '1+1'` must start in half the time GNU units takes.
/// So a command line made only of `-e COMMAND` pairs is read here; anything else, including
/// every error and `--help`, goes to swift-argument-parser, which stays the one definition of
/// the interface (this accepts a strict subset of what it accepts, with the same meaning).
enum QuickArguments {
    /// The options for `arguments` (without the program name), or nil when they are not all
    /// `-e COMMAND` pairs.
    static func parse(_ arguments: [String]) -> LaunchOptions? {
        // `run FILE...` with no options: the parser's 10 M instructions would be most of a short
        // script's run.
        if arguments.count >= 2, arguments[0] == "run", arguments.dropFirst().allSatisfy({ !$0.hasPrefix("-") && !$0.isEmpty }) {
            var options = LaunchOptions()
            options.scripts = Array(arguments.dropFirst())
            return options
        }
        guard !arguments.isEmpty, arguments.count % 2 == 0 else { return nil }
        var options = LaunchOptions()
        var i = 0
        while i < arguments.count {
            guard arguments[i] == "-e" else { return nil }
            options.commands.append(arguments[i + 1])
            i += 2
        }
        return options
    }

    /// `replay FILE` with at most one of `--check` and `--update`, before or after it: the file and
    /// the mode, or nil. Anything else (`--dossier`, `--allow-writes`, `--help`, both modes, a
    /// file named like an option) goes to swift-argument-parser, whose parse would cost as much as
    /// replaying a notebook of a thousand cells.
    static func replay(_ arguments: [String]) -> (file: String, mode: NotebookTool.ReplayMode)? {
        guard arguments.first == "replay", arguments.count == 2 || arguments.count == 3 else { return nil }
        var file: String?
        var mode = NotebookTool.ReplayMode.print
        for argument in arguments.dropFirst() {
            switch argument {
            case "--check" where mode == .print: mode = .check
            case "--update" where mode == .print: mode = .update
            default:
                guard file == nil, !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
                file = argument
            }
        }
        return file.map { ($0, mode) }
    }
}
