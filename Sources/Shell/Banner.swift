import Story

/// The lines shown when the interactive shell starts.
enum Banner {
    /// `Dossier — "TITLE" (OUTLET)`, then the story's counts and how to get help.
    static func text(for story: Story) -> String {
        var head = "Dossier"
        if !story.title.isEmpty { head += " — \"\(story.title)\"" }
        if !story.outlet.isEmpty { head += " (\(story.outlet))" }
        let counts = [
            count(story.facts.count, "fact", "facts"),
            count(story.sources.count, "source", "sources"),
            count(story.claims.count, "claim", "claims"),
            count(story.checkableClaims.count, "checkable claim", "checkable claims"),
        ].joined(separator: ", ")
        return head + "\n" + counts + ". :help for commands, Ctrl-D to leave."
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
