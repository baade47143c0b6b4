/// Commands that explore the story: facts, sources, claims, assumptions, the article, search.
enum StoryCommands {
    static let all: [CommandSpec] = []
}
