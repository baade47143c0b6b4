import ArgumentParser

/// Options every way of running Dossier shares: which story, the seed, colour.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("dossier"), help: ArgumentHelp("Load the story in FILE instead of the built-in one.", valueName: "FILE"))
    var storyFile: String?

    @Option(help: "The random seed for :simulate (default 42).")
    var seed: UInt64?

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR and TERM=dumb also turn colour off).")
    var noColor = false
}
