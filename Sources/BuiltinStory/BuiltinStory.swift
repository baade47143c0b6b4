/// The story Dossier opens when no `--dossier FILE` is given.
public enum BuiltinStory {
    /// The name the built-in data file is known by in diagnostics.
    public static let fileName = "north-korea-russia-war.dossier"
    /// The built-in data file's text, embedded at build time.
    public static var text: String { BuiltinStoryText.text }
}
