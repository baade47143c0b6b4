import ArgumentParser
import Shell

/// `dossier import NOTEBOOK.ipynb [-o OUT]`: a Jupyter notebook back to a Dossier notebook.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a Jupyter notebook run with the Dossier kernel to a Dossier notebook.",
        discussion: """
        Markdown cells become notes and each input of a code cell a command with the output the
        kernel gave it; nothing is re-run, so `dossier replay --check OUT` tells whether the
        outputs still hold. The file is written atomically.

        EXIT STATUS
          0    imported
          1    the output file could not be written
          2    the Jupyter notebook cannot be read
        """
    )

    @Argument(help: ArgumentHelp("The Jupyter notebook.", valueName: "NOTEBOOK.ipynb"))
    var file: String

    @Option(name: .short, help: ArgumentHelp("The file to write (default: NOTEBOOK with .md).", valueName: "OUT"))
    var o: String?

    mutating func run() throws {
        let output = Output()
        defer { output.flush() }
        throw ExitCode(NotebookTool.importNotebook(file: file, to: o, output: output))
    }
}
