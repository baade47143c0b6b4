import PackagePlugin

/// Turns each data file of the target (`*.dossier` stories, `*.units` unit preludes, the `hedges.table`) into a
/// generated Swift source holding its text, so the built binary carries them and runs when copied
/// anywhere alone. `north-korea-russia-war.dossier` becomes `NorthKoreaRussiaWarFile.text`; the
/// extractor's `english.lexicon` becomes `EnglishFile.text`.
@main
struct EmbedStory: BuildToolPlugin {
    /// The embedded files of each target, by name; each must also be listed in the target's `exclude`.
    static let files = [
        "BuiltinData": ["north-korea-russia-war.dossier", "prelude.units", "prelude-units.table", "hedges.table"],
        "Extract": ["english.lexicon"],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "EmbedTool").url
        return (Self.files[target.name] ?? []).map { name in
            let input = target.directoryURL.appending(path: name)
            let symbol = Self.symbol(for: name)
            let output = context.pluginWorkDirectoryURL.appending(path: "\(symbol).swift")
            return .buildCommand(
                displayName: "Embedding \(name)",
                executable: tool,
                arguments: [input.path(), output.path(), symbol],
                inputFiles: [input],
                outputFiles: [output]
            )
        }
    }

    /// "north-korea-russia-war.dossier" → "NorthKoreaRussiaWarFile".
    static func symbol(for name: String) -> String {
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "File"
    }
}
