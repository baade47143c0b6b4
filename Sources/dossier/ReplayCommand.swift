import ArgumentParser
import Shell

/// `dossier replay FILE`: re-runs a notebook (the notebook layer fills this in).
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-run a notebook and print it (--check: exit 1 with a diff when outputs differ)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The notebook file.", valueName: "FILE"))
    var file: String

    mutating func run() throws {
        Output().error("error[io]: dossier replay is not available in this build yet")
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
