import ArgumentParser
import Shell

/// `dossier run FILE...`: script mode.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run script files: one command per line, # starts a comment.",
        discussion: """
        The files run in order in one session; `-` reads standard input. Outputs go to standard output; an error goes to \
        standard error naming FILE:LINE, and stops the run with exit status 1 unless --keep-going \
        is given. Exit status 2 means a file could not be read.
        """
    )

    /// The root command: swift-argument-parser gives an option both declare to the root, wherever
    /// it is written, so the root's values count too.
    @ParentCommand var root: Dossier

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Carry on after an error (the exit status is still 1).")
    var keepGoing = false

    @Argument(help: ArgumentHelp("The script files.", valueName: "FILE"))
    var files: [String]

    mutating func run() throws {
        var options = LaunchOptions()
        global.merged(with: root.global).apply(to: &options)
        options.scripts = files
        options.keepGoing = keepGoing || root.keepGoing
        throw ExitCode(Launcher.run(options))
    }
}
