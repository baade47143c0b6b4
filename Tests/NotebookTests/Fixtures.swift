import Language
import Notebook
import Session
import Story

/// Shared values for the notebook tests.
enum Fixtures {
    static let header = NotebookHeader(dossierVersion: "0.1.0", storyID: "test-story", storyHash: "sha256:abc", seed: 42)

    /// A story with nothing in it, enough for a session to run meta-commands.
    static let story = Story(
        id: "test-story", title: "A test", outlet: "Nowhere", author: "Nobody",
        facts: [], assumptions: [], checkableClaims: [], contentHash: "sha256:abc")

    static func session(forbidWrites: Bool = true) -> Session {
        Session(story: story, options: SessionOptions(forbidWrites: forbidWrites))
    }

    static func note(_ text: String) -> Cell { Cell(.note(text)) }

    static func command(_ input: String, _ output: String, error: Bool = false) -> Cell {
        Cell(.command(input: input, output: output, isError: error))
    }

    /// The lines `<!-- dossier notebook` … `-->` for `header`, as the writer prints them.
    static let headerText = """
        <!-- dossier notebook
        format: 1
        dossier: 0.1.0
        story: test-story
        story-hash: sha256:abc
        seed: 42
        -->

        """
}
