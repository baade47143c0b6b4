import Language

/// What a notebook action gave: text to print, or a rendered error (`error[kind]: ...`).
public enum NotebookReply: Equatable {
    /// The action worked; print this (it may be empty).
    case text(String)
    /// The action failed; print this rendered diagnostic to standard error.
    case failure(String)
}

/// The seam between the shell and the notebook layer: saving, opening, exporting, journaling
/// and recovering sessions. The shell calls these; the notebook layer implements them.
public protocol NotebookServices {
    /// Carries out `:save`, `:open` or `:export` for `session`.
    func handle(_ request: ShellRequest, session: Session) -> NotebookReply
    /// Called after every input the loop ran (for the journal of entered cells).
    func didRun(_ input: String, outcome: Outcome, session: Session)
    /// `dossier --recover`: replays the most recent lost session's cells into `session`.
    func recover(into session: Session) -> NotebookReply
}

extension NotebookServices {
    /// By default nothing is journaled.
    public func didRun(_ input: String, outcome: Outcome, session: Session) {}
}
