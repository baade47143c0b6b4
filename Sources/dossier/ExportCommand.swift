import ArgumentParser
import Shell

/// `dossier export FILE --to ipynb`: writes a notebook in another format (the notebook layer fills this in).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a notebook as a Jupyter notebook (--to ipynb) or HTML."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The notebook file.", valueName: "FILE"))
    var file: String

    mutating func run() throws {
        Output().error("error[io]: dossier export is not available in this build yet")
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
