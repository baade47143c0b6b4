import ArgumentParser
import Kernel

/// `dossier kernel -f CONNECTION_FILE`: the Jupyter kernel (Jupyter starts it; see docs/jupyter.md).
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Run as a Jupyter kernel (started by Jupyter from the kernelspec).",
        discussion: """
        Speaks the Jupyter messaging protocol 5.3 on the ZeroMQ ports the connection file names,
        until a shutdown request. Every cell runs in one session, as in the shell. Install the
        kernelspec with `dossier jupyter install`.

        EXIT STATUS
          0    shut down by request
          1    a socket failed
          2    the connection file or the story cannot be read, or libzmq is missing
        """
    )

    /// The root command, whose options (`--dossier`, `--seed`) count too.
    @ParentCommand var root: Dossier

    @OptionGroup var global: GlobalOptions

    @Option(name: .short, help: ArgumentHelp("The connection file Jupyter wrote.", valueName: "CONNECTION_FILE"))
    var f: String

    mutating func run() throws {
        let options = global.merged(with: root.global)
        throw ExitCode(Kernel.run(connectionFile: f, storyFile: options.storyFile, seed: options.seed))
    }
}
