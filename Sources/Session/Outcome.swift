import Language
/// What one input did, as the shell and notebook layers need to know it.
public enum Outcome: Sendable, Equatable {
    /// The input ran; print the text (it may be empty, as for `let`-free definitions).
    case output(String)
    // Indirect (boxed): the loop copies and drops an outcome at every line, and an unboxed
    // diagnostic made every outcome as large as one.
    /// The input failed; the session is unchanged. `rendered` is the diagnostic drawn for the input.
    indirect case failure(Diagnostic, rendered: String)
    /// The input is unfinished (an open bracket): read another line and call again with both.
    case incomplete
    /// The input asks the layer above to act (save, open, quit…); the session records nothing.
    case request(ShellRequest)
}

/// Requests a command makes of the terminal layer: things the core must not do itself (files,
/// history, exiting). These commands are never recorded as notebook cells.
public enum ShellRequest: Sendable, Equatable {
    /// `:quit`
    case quit
    /// `:history [N]`
    case history(limit: Int?)
    /// `:save [--force] FILE`; `force` replaces a file that is not this session's notebook.
    case save(path: String, force: Bool = false)
    /// `:open FILE`
    case open(path: String)
    /// `:export FILE` — write the session as an HTML report or a Jupyter notebook (`format` is
    /// `html` or `ipynb`, from FILE's extension).
    case export(path: String, format: String)
    /// `:draft save [--force] FILE` — write the story drafted by `dossier --article` to FILE;
    /// `force` replaces a file that exists.
    case saveDraft(path: String, force: Bool = false)
}
