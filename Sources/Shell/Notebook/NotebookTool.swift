import Language
import Notebook
import Session
import Story

/// `dossier replay` and `dossier export`: what the subcommands do, so the executable stays a
/// thin layer of argument parsing.
public enum NotebookTool {
    /// What `replay` does besides printing.
    public enum ReplayMode: Sendable {
        /// Print the notebook as replayed.
        case print
        /// Exit 1 with a unified diff when any output differs.
        case check
        /// Rewrite the file with the new outputs, atomically, when anything changed.
        case update
    }

    /// `dossier replay FILE`: re-runs the notebook in a fresh session and returns the exit status.
    /// `seed` replaces the notebook's recorded seed (with a warning: simulations may differ).
    public static func replay(file: String, mode: ReplayMode, allowWrites: Bool, storyFile: String?, seed: UInt64? = nil, output: Output) -> Int32 {
        let notebook: RecordedNotebook
        do throws(FileFailure) {
            notebook = try NotebookFile.read(file)
        } catch {
            output.error(error.message)
            return ExitStatus.usage.rawValue
        }
        let story: Story
        switch storyFile.map(StoryLoader.load(path:)) ?? StoryLoader.builtin() {
        case .success(let s): story = s
        case .failure(let error):
            output.error(error.message)
            return ExitStatus.usage.rawValue
        }
        if let seed, seed != notebook.header.seed {
            output.error("warning: replaying with --seed \(seed), not the notebook's seed \(notebook.header.seed): simulation outputs may differ from the recorded ones")
        }
        // The hedge rows the notebook recorded, not today's built-in ones, so its readings replay.
        let (hedges, hedgeWarnings) = Session.hedgeTable(recorded: notebook.header.hedges, fileName: file)
        let session = Session(story: story, options: SessionOptions(color: false, seed: seed ?? notebook.header.seed, forbidWrites: !allowWrites,
                                                                    hedgeTable: hedges))
        let services = FileNotebookServices(journaling: false)
        let write: ((ShellRequest) -> Outcome)? = allowWrites ? { request in
            switch services.handle(request, session: session) {
            case .text(let text): return .output(text)
            case .failure(let rendered), .confirm(_, _, let rendered): return .failure(Diagnostic(.io, rendered), rendered: rendered)
            }
        } : nil
        // A long notebook grows the heap as a long script does: ask for large pages as it grows.
        HeapPages.start()
        let result = Replayer(dossierVersion: DossierVersion.current, write: write).replay(notebook, fileName: file, into: session) { _ in
            HeapPages.advise()
        }
        // The session and the replayed cells live until the process exits (as `Launcher.run`'s
        // session does): releasing them cell by cell would cost more than the system reclaiming
        // the pages at once.
        _ = Unmanaged.passRetained(KeptUntilExit(session: session, result: result))
        for warning in hedgeWarnings + result.warnings { output.error(warning) }
        let changed = result.changedCount
        let cells = "\(notebook.count) \(notebook.count == 1 ? "cell" : "cells")"
        switch mode {
        case .print:
            output.raw(result.text)
            if changed > 0 { output.error("note: \(changed) of \(cells) gave outputs different from the recorded ones (--check shows how)") }
            return ExitStatus.success.rawValue
        case .check:
            guard result.differs else {
                output.line("\(file): \(cells) replayed, every output as recorded")
                return ExitStatus.success.rawValue
            }
            output.raw(result.diff)
            output.error("error: \(file): \(changed) of \(cells) gave outputs different from the recorded ones")
            return ExitStatus.commandFailed.rawValue
        case .update:
            let text = result.text
            guard !text.utf8.elementsEqual(notebook.bytes) else {
                output.line("\(file) is up to date")
                return ExitStatus.success.rawValue
            }
            switch NotebookFile.writeNotebook(text, to: file) {
            case .success:
                output.line("updated \(file): \(changed) of \(cells) had new outputs")
                return ExitStatus.success.rawValue
            case .failure(let failure):
                output.error(failure.message)
                return ExitStatus.commandFailed.rawValue
            }
        }
    }

    /// `dossier export FILE --to FORMAT [-o OUT] [--check]`: replays the notebook in a fresh
    /// session that may not write (the HTML report's charts come from the replay), and with
    /// `check` refuses, printing the diff, when any output no longer matches. Returns the exit status.
    public static func export(file: String, format: String, to destination: String?, check: Bool, storyFile: String?, output: Output) -> Int32 {
        let notebook: Notebook
        do throws(FileFailure) {
            notebook = try NotebookFile.read(file).notebook
        } catch {
            output.error(error.message)
            return ExitStatus.usage.rawValue
        }
        let target = destination ?? NotebookFile.replacingExtension(file, with: format)
        // The same file however it is spelt (`./nb.md`, an absolute path, a symbolic link).
        guard target != file, AtomicFile.identity(target).map({ $0 != AtomicFile.identity(file) }) ?? true else {
            output.error("error[io]: exporting \(file) to \(target) would overwrite the notebook itself; name another file with -o")
            return ExitStatus.usage.rawValue
        }
        let story: Story
        switch storyFile.map(StoryLoader.load(path:)) ?? StoryLoader.builtin() {
        case .success(let s): story = s
        case .failure(let error):
            output.error(error.message)
            return ExitStatus.usage.rawValue
        }
        let result = ReportExport.export(notebook, format: format, fileName: AtomicFile.split(file).base, story: story,
                                         dossierVersion: DossierVersion.current, check: check)
        for warning in result.replay?.warnings ?? [] { output.error(warning) }
        let n = notebook.cells.count
        let cells = "\(n) \(n == 1 ? "cell" : "cells")"
        let changed = result.replay?.changedCount ?? 0
        guard let text = result.text else {
            output.raw(result.replay?.diff ?? "")
            output.error("error: \(file): \(changed) of \(cells) gave outputs different from the recorded ones; nothing was exported (`dossier replay --update` records the new outputs)")
            return ExitStatus.commandFailed.rawValue
        }
        switch NotebookFile.write(text, to: target) {
        case .success:
            let verdict = check ? ", every output checked by replay" : changed > 0 ? " (\(changed) replayed differently: see --check)" : ""
            output.line("exported \(cells) to \(target)\(verdict)")
            return ExitStatus.success.rawValue
        case .failure(let failure):
            output.error(failure.message)
            return ExitStatus.commandFailed.rawValue
        }
    }
}

/// What `NotebookTool.replay` leaves for the process's exit to reclaim.
private final class KeptUntilExit {
    let session: Session
    let result: ReplayResult

    init(session: Session, result: ReplayResult) {
        self.session = session
        self.result = result
    }
}
