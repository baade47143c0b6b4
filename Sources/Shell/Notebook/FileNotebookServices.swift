import Glibc
import Language
import Notebook
import Session

/// The notebook services over real files: `:save`, `:open` and `:export`, the crash journal,
/// and `--recover`. The shell calls these through `NotebookServices`.
public final class FileNotebookServices: NotebookServices {
    /// This process's journal; nil when the session is not journaled (scripts, `-e`).
    let journal: JournalStore?
    /// How many of the session's cells the last `:save` wrote.
    private var savedCount = 0
    /// The files this session saved or opened: its own notebooks, which `:save` may replace
    /// without asking.
    private var ownFiles: Set<AtomicFile.Identity> = []
    /// The lost session's journal that `--recover` read without taking it over (no journal of
    /// its own: `-e`, scripts); removed only once its cells are saved.
    private var recoveredFrom: String?

    /// Creates the services; `journaling` turns on the crash journal (for interactive sessions).
    public init(journaling: Bool) {
        journal = journaling ? JournalStore() : nil
    }

    /// Creates the services with the journal in `directory` (for tests).
    init(journalDirectory: String?) {
        journal = JournalStore(directory: journalDirectory)
    }

    public func handle(_ request: ShellRequest, session: Session) -> NotebookReply {
        switch request {
        case .save(let path, let force): return save(session, to: path, force: force)
        case .open(let path): return open(path, into: session)
        case .export(let path, let format): return export(session, to: path, format: format)
        case .quit, .history, .saveDraft: return .failure("error[command]: this request is not a notebook action")
        }
    }

    public func didRun(session: Session) {
        if let journal, let warning = journal.sync(session) { Output().error(warning) }
    }

    /// The header for a notebook of `session`.
    static func header(_ session: Session) -> NotebookHeader {
        NotebookHeader(dossierVersion: DossierVersion.current, storyID: session.story.id,
                       storyHash: session.story.contentHash, seed: session.options.seed, hedges: session.recordedHedgeRows)
    }

    /// `:save [--force] FILE`.
    func save(_ session: Session, to path: String, force: Bool) -> NotebookReply {
        if let refusal = Self.noCells(session) { return refusal }
        if !force, let other = AtomicFile.identity(path), !ownFiles.contains(other), !NotebookFile.isEmpty(path),
           !Self.loses(nothingOf: path, savingFrom: session) {
            let shown = VisibleText.of(path)
            return .confirm(question: "\(shown) exists and is not this session's notebook.\nReplace it?",
                            then: .save(path: path, force: true),
                            refusal: "error[io]: \(shown) exists and is not this session's notebook; it was left as it is\n"
                                + "  = help: save to another name, or replace it with `:save --force \(shown)`")
        }
        let text = NotebookWriter.render(cells: session.cells, header: Self.header(session))
        switch NotebookFile.writeNotebook(text, to: path) {
        case .success:
            let n = session.cells.count
            savedCount = n
            if let mine = AtomicFile.identity(path) { ownFiles.insert(mine) }
            return .text("saved \(n) \(n == 1 ? "cell" : "cells") to \(path)")
        case .failure(let failure): return .failure(failure.message)
        }
    }

    /// Whether saving `session` over the notebook at `path` loses nothing of it: it is a notebook
    /// of the same story whose cells are the first of this session's, as when a script that ends
    /// in `:save FILE` is run again. Any other file (another notebook, one that does not read, not
    /// a notebook) is someone's work, which `:save` asks before replacing.
    static func loses(nothingOf path: String, savingFrom session: Session) -> Bool {
        guard let recorded = try? NotebookFile.read(path), recorded.header.storyHash == session.story.contentHash,
              recorded.count <= session.cells.count else { return false }
        for i in 0..<recorded.count where recorded.cell(at: i) != session.cells[i] { return false }
        return true
    }

    /// A refusal when the session keeps no cells (a script the launcher found no `:save` or
    /// `:export` in): writing would give an empty notebook, never a wrong one.
    static func noCells(_ session: Session) -> NotebookReply? {
        session.options.keepsCells ? nil : .failure("error[io]: this run keeps no cells, so there is nothing to save; nothing was written")
    }

    /// `:export FILE` (the format from its extension). The session's cells are replayed in a
    /// fresh session first (for the HTML report's charts; `ReportExport`).
    func export(_ session: Session, to path: String, format: String) -> NotebookReply {
        if let refusal = Self.noCells(session) { return refusal }
        let notebook = Notebook(header: Self.header(session), cells: session.cells)
        let text = format == "html"
            ? ReportExport.export(notebook, format: format, fileName: "a Dossier session (:export)", story: session.story,
                                  dossierVersion: DossierVersion.current, check: false).text ?? ""
            : IpynbExporter.export(notebook)
        switch NotebookFile.write(text, to: path) {
        case .success:
            let n = notebook.cells.count
            return .text("exported \(n) \(n == 1 ? "cell" : "cells") to \(path) (\(format == "html" ? "HTML" : "Jupyter notebook"))")
        case .failure(let failure): return .failure(failure.message)
        }
    }

    /// `:open FILE`: replays the notebook into the live session; writing commands in it are refused.
    func open(_ path: String, into session: Session) -> NotebookReply {
        let notebook: RecordedNotebook
        do throws(FileFailure) {
            notebook = try NotebookFile.read(path)
        } catch {
            return .failure(error.message)
        }
        if let mine = AtomicFile.identity(path) { ownFiles.insert(mine) }
        // The rows the notebook recorded, as `dossier replay` reads it.
        let hedgeWarnings: [String]
        do throws(Diagnostic) {
            hedgeWarnings = try session.adoptRecordedHedges(notebook.header.hedges, fileName: path)
        } catch {
            return .failure(DiagnosticRenderer.render(error, input: ""))
        }
        let result = Replayer(dossierVersion: DossierVersion.current).replay(notebook, fileName: path, into: session)
        _ = journal?.sync(session)
        var lines = hedgeWarnings + result.warnings
        lines += result.cells.map(Transcript.text)
        let changed = result.changedCount
        let n = notebook.count
        lines.append("opened \(path): \(n) \(n == 1 ? "cell" : "cells") replayed" + (changed == 0 ? "" : ", \(changed) with outputs different from the recorded ones"))
        return .text(lines.joined(separator: "\n"))
    }

    /// `--recover`: replays the most recent lost session's cells into `session` and journals
    /// them as this session's, so the lost journal can go.
    public func recover(into session: Session) -> NotebookReply {
        let store = journal ?? JournalStore()
        guard let latest = store.leftovers().first else {
            return .failure("error[io]: no lost session to recover: every journal in \(store.directory ?? "the state directory") was closed cleanly")
        }
        let bytes: [UInt8]
        switch FileBytes.read(path: latest.path, limit: 1 << 30) {
        case .success(let b): bytes = b
        case .failure(let error): return .failure("error[io]: \(error)")
        }
        let contents = Journal.decode(bytes)
        guard let header = contents.header else {
            return .failure("error[io]: the journal \(latest.path) is damaged from its first line; nothing to recover")
        }
        let notebook = Notebook(header: NotebookHeader(dossierVersion: DossierVersion.current, storyID: header.storyID,
                                                       storyHash: header.storyHash, seed: header.seed, hedges: contents.hedges), cells: contents.cells)
        // The rows the lost session read with, as `dossier replay` reads a notebook's.
        let hedgeWarnings: [String]
        do throws(Diagnostic) {
            hedgeWarnings = try session.adoptRecordedHedges(contents.hedges, fileName: latest.path)
        } catch {
            return .failure(DiagnosticRenderer.render(error, input: ""))
        }
        let result = Replayer(dossierVersion: DossierVersion.current).replay(notebook, fileName: latest.path, into: session)
        var kept: String?
        if let journal {
            // This session's journal now holds the cells, so the lost one can go; one that could
            // not be read whole is kept, out of --recover's way, for a person to look at.
            if let warning = journal.sync(session) { return .failure(warning) }
            if contents.isWhole { unlink(latest.path) } else { kept = store.setAside(latest.path) ?? latest.path }
        } else {
            // Only looking (`--recover -e ...`): the lost journal stays unless the cells get saved.
            if contents.isWhole { recoveredFrom = latest.path }
            kept = latest.path
        }
        var lines = hedgeWarnings + result.warnings.filter { !$0.contains("Dossier") }
        if header.seed != session.options.seed {
            lines.append("warning: the lost session used seed \(header.seed); start with --seed \(header.seed) to reproduce its simulations")
        }
        if contents.skippedStretches > 0 {
            let n = contents.skippedStretches
            lines.append("warning: \(n) damaged \(n == 1 ? "stretch" : "stretches") of the journal \(n == 1 ? "was" : "were") skipped (one or more cells each); the cells after \(n == 1 ? "it" : "them") were recovered")
        }
        lines += result.cells.map(Transcript.text)
        let n = contents.cells.count
        var summary = "recovered \(n) \(n == 1 ? "cell" : "cells") from \(latest.path)"
        if contents.droppedBytes > 0 { summary += " (a last cell torn by the crash was dropped)" }
        lines.append(summary + "; :save FILE keeps them")
        if !contents.isWhole, let kept { lines.append("the journal was not read whole, so it was kept: \(kept)") }
        return .text(lines.joined(separator: "\n"))
    }

    /// The line an interactive start prints when a lost session is waiting, or nil.
    public func leftoverNotice() -> String? {
        guard let latest = (journal ?? JournalStore()).leftovers().first else { return nil }
        let cells = Journal.decode((try? FileBytes.read(path: latest.path, limit: 1 << 30).get()) ?? []).cells.count
        guard cells > 0 else { return nil }
        return "A session left \(cells) unsaved \(cells == 1 ? "cell" : "cells"); `dossier --recover` restores them."
    }

    public func unsavedCells(of session: Session) -> Int {
        max(0, session.cells.count - savedCount)
    }

    /// A clean exit: the journals go once every cell is saved; otherwise they stay for `--recover`.
    public func finish(_ session: Session) {
        guard unsavedCells(of: session) == 0 else { return }
        journal?.discard()
        if let recoveredFrom { unlink(recoveredFrom) }
    }

}
