import ArgumentParser
import Shell

/// `dossier`: the shell on the built-in story, `-e` commands, or a script on standard input.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A research notebook for the numbers in a news story.",
        discussion: """
        With no arguments on a terminal, Dossier opens its shell on the built-in story: type \
        :help for commands, Ctrl-D to leave. Standard input that is not a terminal is read as a \
        script, as `dossier run` reads a file. Results go to standard output, errors to standard \
        error.

        EXIT STATUS
          0    everything ran
          1    a command failed (in a script, -e or piped input); the first
               error stops the run unless --keep-going is given
          2    usage error, or a story or script file that cannot be loaded
          130  interrupted by Ctrl-C (outside the shell)
        """,
        version: "dossier \(DossierVersion.current)",
        subcommands: [RunCommand.self, ReplayCommand.self, ExportCommand.self, ImportCommand.self, ExtractCommand.self, DraftCommand.self, KernelCommand.self, JupyterCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customShort("e"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Run COMMAND and exit (may be given several times; they run in order).", valueName: "COMMAND"))
    var commands: [String] = []

    @Flag(help: "Carry on after an error in -e commands or piped input (the exit status is still 1).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Draft a story from ARTICLE in memory (as `dossier draft` does) and explore it.", valueName: "ARTICLE"))
    var article: String?

    @Flag(help: "Start with the cells of the most recent session that ended without a clean exit.")
    var recover = false

    mutating func run() throws {
        var options = LaunchOptions()
        global.apply(to: &options)
        options.commands = commands
        options.keepGoing = keepGoing
        options.recover = recover
        if let article {
            guard global.storyFile == nil else {
                Output().error("dossier: --article and --dossier cannot be given together")
                throw ExitCode(2)
            }
            options.draftedStory = try DraftCommand.draftInMemory(article)
        }
        // The crash journal is kept for a person at the shell (and for a recovered session).
        let interactive = commands.isEmpty && Terminal.isInteractive
        let notebooks = FileNotebookServices(journaling: interactive)
        if interactive && !recover, let notice = notebooks.leftoverNotice() { Output().error(notice) }
        throw ExitCode(Launcher.run(options, notebook: notebooks))
    }
}

extension GlobalOptions {
    /// These options, with any left unset taken from `other` (the root command's).
    func merged(with other: GlobalOptions) -> GlobalOptions {
        var merged = self
        merged.storyFile = storyFile ?? other.storyFile
        merged.seed = seed ?? other.seed
        merged.noColor = noColor || other.noColor
        return merged
    }

    /// Copies the shared options into the launcher's.
    func apply(to options: inout LaunchOptions) {
        options.storyFile = storyFile
        options.seed = seed
        options.noColor = noColor
    }
}
