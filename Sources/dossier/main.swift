// dossier: parses the command line and hands over to the Shell layer, on a stack with room to
// recurse in a debug build (see BigStack.swift).
import ArgumentParser
import Glibc
import Shell

runOnLargeStack {
    Terminal.prepareProcess()
    let arguments = Array(CommandLine.arguments.dropFirst())
    // DOSSIER_FULL_ARGUMENTS sends every command line to swift-argument-parser: how the tests
    // show the quick path means the same.
    let quickPath = getenv("DOSSIER_FULL_ARGUMENTS") == nil
    if quickPath, let quick = QuickArguments.parse(arguments) {
        exit(Launcher.run(quick))
    }
    if quickPath, let (file, mode) = QuickArguments.replay(arguments) {
        // What ReplayCommand.run does for these arguments.
        let output = Output()
        let status = NotebookTool.replay(file: file, mode: mode, allowWrites: false, storyFile: nil, output: output)
        exit(output.finish(status))
    }
    do {
        var command = try Dossier.parseAsRoot()
        try command.run()
        exit(ExitStatus.success.rawValue)
    } catch {
        // A wrong command line is exit status 2 (as documented), not swift-argument-parser's 64.
        if Dossier.exitCode(for: error) == .validationFailure {
            Output().error(Dossier.fullMessage(for: error))
            exit(ExitStatus.usage.rawValue)
        }
        Dossier.exit(withError: error)
    }
}
