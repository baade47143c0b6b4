import ArgumentParser
import Shell

/// `dossier replay FILE`: re-runs a notebook from a fresh session.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-run a notebook and print it (--check: exit 1 with a diff when outputs differ).",
        discussion: """
        The notebook's inputs run in a fresh session on the story (the built-in one, or --dossier \
        FILE) with the seed recorded in its header (or --seed N, with a warning that simulations \
        may then differ from the record). Nothing in the file runs but Dossier commands, \
        and it writes nothing: :save and :export inside it are refused unless --allow-writes is \
        given; :open and :quit always are. A warning names a changed story or Dossier version.

        EXIT STATUS
          0    replayed (with --check: every output as recorded)
          1    --check: some output differs (the diff is printed);
               --update: the file could not be written
          2    the notebook or the story cannot be read
        """
    )

    /// The root command, whose options (`--dossier` before `replay`) count too.
    @ParentCommand var root: Dossier

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The notebook file.", valueName: "FILE"))
    var file: String

    @Flag(help: "Print a unified diff and exit 1 when any recorded output differs.")
    var check = false

    @Flag(help: "Rewrite FILE with the new outputs (atomically; an up-to-date file is left as it is).")
    var update = false

    @Flag(help: "Let :save and :export inside the notebook write files (only for files you trust).")
    var allowWrites = false

    func validate() throws {
        if check && update { throw ValidationError("--check and --update cannot be used together") }
    }

    mutating func run() throws {
        let output = Output()
        let mode: NotebookTool.ReplayMode = check ? .check : update ? .update : .print
        let options = global.merged(with: root.global)
        let status = NotebookTool.replay(file: file, mode: mode, allowWrites: allowWrites, storyFile: options.storyFile, seed: options.seed, output: output)
        throw ExitCode(output.finish(status))
    }
}
