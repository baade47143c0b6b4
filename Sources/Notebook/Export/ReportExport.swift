import Language
import Session
import Story

/// Exports a notebook after replaying it: the replay draws the HTML report's charts (a notebook
/// file keeps text only) and, with `check`, refuses a notebook whose outputs no longer hold.
///
/// The replay runs in a fresh session on `story` with the notebook's seed, and may not write:
/// `:save` and `:export` inside the notebook are refused, as in `dossier replay`.
public enum ReportExport {
    /// What an export made: the text to write, or nil when `check` found a difference; and the replay.
    public struct Result {
        /// The file's contents; nil when the export was refused.
        public var text: String?
        /// The replay, for its diff and warnings (nil for a Jupyter export without `check`,
        /// which converts the recorded text and runs nothing).
        public var replay: ReplayResult?
    }

    /// The notebook in `format` (`html` or `ipynb`), replayed first when it is HTML or `check` is set.
    public static func export(_ notebook: Notebook, format: String, fileName: String, story: Story,
                              dossierVersion: String, check: Bool) -> Result {
        if format != "html" && !check { return Result(text: IpynbExporter.export(notebook), replay: nil) }
        let session = Session(story: story, options: SessionOptions(color: false, seed: notebook.header.seed, forbidWrites: true))
        let replay = Replayer(dossierVersion: dossierVersion).replay(notebook, fileName: fileName, into: session)
        if check && replay.differs { return Result(text: nil, replay: replay) }
        let text = format == "html"
            ? HTMLExporter.export(notebook, replay: replay, story: story, fileName: fileName, checked: check)
            : IpynbExporter.export(notebook)
        return Result(text: text, replay: replay)
    }
}
