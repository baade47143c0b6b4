import Glibc
import Language

/// `:draft save [--force] FILE` in a session opened with `dossier --article`: writes the drafted
/// story file through `AtomicFile`, so FILE is either as it was or the whole draft.
public struct DraftSaver {
    /// The story file's text, as `dossier draft` writes it.
    public var text: String
    /// The article it was drafted from, as named on the command line.
    public var article: String

    /// A saver of `text`, drafted from `article`.
    public init(text: String, article: String) {
        self.text = text
        self.article = article
    }

    /// The refusal in a session whose story was not drafted from an article.
    static let notDrafted = "error[command]: :draft save works in a session opened with `dossier --article ARTICLE`; this session's story was not drafted here\n"
        + "  = help: to draft a story file from an article, run `dossier draft ARTICLE -o FILE`"

    /// Writes the draft to `path`; a file already there is replaced only when `force` (or after a yes).
    func save(to path: String, force: Bool) -> NotebookReply {
        let shown = VisibleText.of(path)
        if !force, AtomicFile.identity(path) != nil {
            return .confirm(question: "\(shown) exists.\nReplace it with the draft?", then: .saveDraft(path: path, force: true),
                            refusal: "error[io]: \(shown) exists; it was left as it is\n"
                                + "  = help: save the draft to another name, or replace it with `:draft save --force \(shown)`")
        }
        switch AtomicFile.write(Array(text.utf8), to: path) {
        case .success:
            return .text("saved the story drafted from \(VisibleText.of(article)) to \(shown): review its `# review:` lines, then open it with `dossier --dossier \(shown)`")
        case .failure(let error):
            return .failure("error[io]: cannot write \(VisibleText.of(error.path)): \(error.reason)")
        }
    }
}
