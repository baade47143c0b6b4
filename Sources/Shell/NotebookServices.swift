import Language
import Session

/// What a notebook action gave: text to print, or a rendered error (`error[kind]: ...`).
public enum NotebookReply: Equatable {
    /// The action worked; print this (it may be empty).
    case text(String)
    /// The action failed; print this rendered diagnostic to standard error.
    case failure(String)
    /// The action needs a person's yes first: ask `question` at a terminal and, on yes, carry out
    /// `then`; anywhere else, fail with `refusal`.
    case confirm(question: String, then: ShellRequest, refusal: String)
}

/// The seam between the shell and the notebook layer: saving, opening, exporting, journaling
/// and recovering sessions. The shell calls these; the notebook layer implements them.
public protocol NotebookServices {
    /// Carries out `:save`, `:open` or `:export` for `session`.
    func handle(_ request: ShellRequest, session: Session) -> NotebookReply
    /// Called after every finished input the loop ran (for the journal of entered cells, which
    /// it reads from the session).
    func didRun(session: Session)
    /// `dossier --recover`: replays the most recent lost session's cells into `session`.
    func recover(into session: Session) -> NotebookReply
    /// How many of the session's cells no `:save` has written yet.
    func unsavedCells(of session: Session) -> Int
    /// A deliberate, clean exit: the journal goes when every cell is saved, and stays otherwise
    /// (for `dossier --recover`). Not called when the terminal was lost.
    func finish(_ session: Session)
}

extension NotebookServices {
    /// By default nothing is journaled.
    public func didRun(session: Session) {}
    /// By default every cell counts as kept.
    public func unsavedCells(of session: Session) -> Int { 0 }
    /// By default there is nothing to clean up.
    public func finish(_ session: Session) {}
}
