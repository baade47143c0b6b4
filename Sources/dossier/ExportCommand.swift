import ArgumentParser
import Shell

/// `dossier export FILE --to ipynb|html [-o OUT]`: writes a notebook in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a notebook as a Jupyter notebook (--to ipynb) or HTML.",
        discussion: """
        The recorded outputs are converted as they are; nothing is re-run. A Jupyter notebook is \
        nbformat 4.5 (one markdown cell per note, one code cell per command with its output) and \
        exporting twice gives the same bytes. The file is written atomically.

        EXIT STATUS
          0    exported
          1    the output file could not be written
          2    the notebook cannot be read
        """
    )

    /// The formats `--to` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ipynb, html
    }

    @Argument(help: ArgumentHelp("The notebook file.", valueName: "FILE"))
    var file: String

    @Option(help: "The format to write.")
    var to: Format

    @Option(name: .short, help: ArgumentHelp("The file to write (default: FILE with its extension replaced).", valueName: "OUT"))
    var o: String?

    mutating func run() throws {
        let output = Output()
        throw ExitCode(output.finish(NotebookTool.export(file: file, format: to.rawValue, to: o, output: output)))
    }
}
