import ArgumentParser
import Shell

/// `dossier export FILE --to ipynb|html [-o OUT] [--check]`: writes a notebook in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a notebook as an HTML report (--to html) or a Jupyter notebook (--to ipynb).",
        discussion: """
        The recorded outputs are written as they are. For HTML, or with --check, the notebook is \
        first replayed in a fresh session on the story (the built-in one, or --dossier FILE) that \
        may not write, as `dossier replay` does: the HTML report draws its charts from the replay, \
        and says on the page whether the outputs were checked. With --check, a notebook whose \
        outputs no longer match is not exported: the diff is printed and the exit status is 1.

        The HTML report is one self-contained page (no script, no external resource): the \
        article with each fact highlighted and linked, a table of facts and assumptions with the \
        cells that used them, every cell (notes as Markdown), and inline SVG charts for :table \
        and :simulate. A Jupyter notebook is nbformat 4.5 (one markdown cell per note, one code \
        cell per command with its output) and exporting twice gives the same bytes. The file is \
        written atomically.

        EXIT STATUS
          0    exported
          1    the output file could not be written, or --check found an output that differs
          2    the notebook or the story cannot be read
        """
    )

    /// The formats `--to` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ipynb, html
    }

    /// The root command, whose options (`--dossier` before `export`) count too.
    @ParentCommand var root: Dossier

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The notebook file.", valueName: "FILE"))
    var file: String

    @Option(help: "The format to write.")
    var to: Format

    @Option(name: .short, help: ArgumentHelp("The file to write (default: FILE with its extension replaced).", valueName: "OUT"))
    var o: String?

    @Flag(help: "Replay first and refuse to export (exit 1, with a diff) when any recorded output differs.")
    var check = false

    mutating func run() throws {
        let output = Output()
        let status = NotebookTool.export(file: file, format: to.rawValue, to: o, check: check,
                                         storyFile: global.merged(with: root.global).storyFile, output: output)
        throw ExitCode(output.finish(status))
    }
}
