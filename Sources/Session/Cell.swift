import Language
/// One entry of a session, in order: what a notebook saves and replays.
public struct Cell: Sendable, Equatable {
    /// What the cell holds.
    public enum Content: Sendable, Equatable {
        /// A prose note (`:note TEXT`).
        case note(String)
        /// A command and its recorded output (plain text, no colour).
        case command(input: String, output: String, isError: Bool)
    }

    /// The cell's content.
    public var content: Content

    /// Creates a cell.
    public init(_ content: Content) {
        self.content = content
    }
}
