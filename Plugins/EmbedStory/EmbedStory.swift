import PackagePlugin

/// Turns each `*.dossier` data file in a target's folder into a generated Swift source holding its
/// text, so the built binary carries the built-in story and runs when copied anywhere alone.
@main
struct EmbedStory: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL
        let name = "north-korea-russia-war.dossier"
        let input = folder.appending(path: name)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinStoryText.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [input.path(), output.path()],
                inputFiles: [input],
                outputFiles: [output]
            ),
        ]
    }
}
