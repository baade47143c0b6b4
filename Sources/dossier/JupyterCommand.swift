import ArgumentParser
import Kernel
import Shell

/// `dossier jupyter install|uninstall`: the kernelspec.
struct JupyterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jupyter",
        abstract: "Install or remove the Jupyter kernelspec for this dossier.",
        subcommands: [Install.self, Uninstall.self]
    )

    /// Where the kernelspec goes: the flags `jupyter kernelspec install` takes.
    struct Place: ParsableArguments {
        @Flag(help: "In your Jupyter data directory (the default).")
        var user = false

        @Option(help: ArgumentHelp("In PREFIX/share/jupyter/kernels.", valueName: "PREFIX"))
        var prefix: String?

        @Flag(help: "In the active Python environment (VIRTUAL_ENV or CONDA_PREFIX).")
        var sysPrefix = false

        func validate() throws {
            if [user, prefix != nil, sysPrefix].filter({ $0 }).count > 1 {
                throw ValidationError("give only one of --user, --prefix and --sys-prefix")
            }
        }

        var location: KernelSpec.Location {
            if let prefix { return .prefix(prefix) }
            return sysPrefix ? .sysPrefix : .user
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the kernelspec (kernels/dossier: kernel.json and logos).")
        @OptionGroup var place: Place
        func run() throws { try JupyterCommand.report(KernelSpec.install(place.location)) }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the kernelspec.")
        @OptionGroup var place: Place
        func run() throws { try JupyterCommand.report(KernelSpec.uninstall(place.location)) }
    }

    /// Prints the outcome; a failure is exit status 1.
    static func report(_ result: Result<String, KernelError>) throws {
        let output = Output()
        defer { output.flush() }
        switch result {
        case .success(let message): output.line(message)
        case .failure(let error):
            output.error(error.description.hasPrefix("error[") ? error.description : "error[io]: \(error.description)")
            throw ExitCode(1)
        }
    }
}
