extension Session {
    /// Parses and evaluates a non-command input. Returns nil when the input is unfinished.
    func evaluateStatement(_ input: String) throws(Diagnostic) -> String? {
        throw Diagnostic(.syntax, "expressions are not implemented yet")
    }
}
