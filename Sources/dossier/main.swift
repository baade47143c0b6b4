// dossier: parses the command line and hands over to the Shell layer, on a stack with room to
// recurse (see BigStack.swift).
import ArgumentParser
import Glibc
import Shell

runOnLargeStack {
    if let quick = QuickArguments.parse(Array(CommandLine.arguments.dropFirst())) {
        exit(Launcher.run(quick))
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
