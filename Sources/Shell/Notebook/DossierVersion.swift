/// The version of Dossier, written into every notebook it saves so a replay can say when the
/// outputs came from another version.
public enum DossierVersion {
    /// The current version.
    public static let current = "0.1.0"
}
