import ArgumentParser
import Draft
import Extract
import Glibc
import Shell

/// `dossier draft ARTICLE [-o STORY]`: a story file drafted from any article, for review.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a story file from an article: its sentences, speakers and facts, for review.",
        discussion: """
        ARTICLE is UTF-8 text with the headline on its first line that is not blank (a Markdown \
        `#` heading or a plain line), then one paragraph per line or paragraphs separated by \
        blank lines, and an optional closing `By …` byline. Blank lines, carriage returns and \
        blanks at the ends of lines are dropped, as a story file holds the text. The draft is \
        printed, or written to STORY with -o; `# review:` lines mark what needs a person's eye. \
        docs/drafting.md describes the workflow.

        EXIT STATUS
          0    drafted
          1    STORY could not be written
          2    ARTICLE cannot be read, is not UTF-8, holds a control character, or has no paragraph
        """
    )

    @Argument(help: ArgumentHelp("The article, or - for standard input.", valueName: "ARTICLE"))
    var article: String

    @Option(name: .short, help: ArgumentHelp("Write the story file here instead of to standard output.", valueName: "STORY"))
    var o: String?

    mutating func run() throws {
        let output = Output()
        defer { output.flush() }
        let story = try Self.drafted(article, output: output)
        guard let o else { output.raw(story); return }
        // Through the shell's atomic writer, as `:save` and `:draft save`: the whole file or none.
        if case .failure(let failure) = FileAccess.write(story, to: o) {
            output.error(failure.message)
            throw ExitCode(1)
        }
    }

    /// The story file drafted from `article` (a path or `-`); errors are printed, exit status 2.
    static func drafted(_ article: String, output: Output) throws -> String {
        let name = article == "-" ? "standard input" : article
        guard let bytes = ExtractCommand.readAll(article) else {
            output.error("dossier: cannot read \(name): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        guard case .success(let text) = TextInput.decode(bytes) else {
            output.error("dossier: \(name): not UTF-8 text")
            throw ExitCode(2)
        }
        let fileName = article == "-" ? "standard input" : String(article.split(separator: "/").last ?? "")
        switch StoryDrafter().draft(text, fileName: fileName) {
        case .failure(let refusal):
            output.error("dossier: cannot draft \(name): \(refusal.message)")
            throw ExitCode(2)
        case .success(let story):
            return story
        }
    }

    /// `dossier --article ARTICLE`: the drafted story and the notice saying it is a machine draft.
    static func draftInMemory(_ article: String) throws -> (text: String, fileName: String, article: String, notice: String) {
        let output = Output()
        defer { output.flush() }
        let story = try drafted(article, output: output)
        let notice = "Drafted from \(article) by machine: review the facts before trusting them. "
            + "To save the draft for review: :draft save FILE (or dossier draft \(article) -o FILE)"
        return (story, "draft of \(article)", article, notice)
    }
}
