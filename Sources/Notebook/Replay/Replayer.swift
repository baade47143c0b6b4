import Language
import Render
import Session

/// What replaying a notebook gave.
///
/// The re-rendered text, the recorded cells and the diff are made when asked for, so
/// `replay --check` of a notebook that still holds renders nothing and diffs nothing.
public struct ReplayResult: Sendable {
    /// The cells as replayed, one per cell of the notebook, with their new outputs.
    public var cells: [Cell]
    /// How many cells gave something other than what the notebook records.
    public var changedCount: Int
    /// The header the re-rendered notebook carries (current Dossier version and story).
    public var header: NotebookHeader
    /// The notebook's file name, for the diff's labels.
    public var fileName: String
    /// Warnings about the header: a different story, story hash or Dossier version.
    public var warnings: [String]
    /// Where the recorded cells come from.
    let source: RecordedSource
    /// What each charting command computed (`Session.figure`), by cell index.
    public var figures: [Int: Figure] = [:]

    /// The cells as recorded in the notebook.
    public var recorded: [Cell] {
        switch source {
        case .cells(let cells): cells
        case .file(let notebook): notebook.cells
        }
    }

    /// Whether any cell's replayed output differs from the recorded one.
    public var differs: Bool { changedCount > 0 }

    /// The notebook re-rendered with the new outputs and the current Dossier version and story.
    public var text: String { NotebookWriter.render(cells: cells, header: header) }

    /// A unified diff from the recorded cells to the replayed ones (empty when nothing differs).
    public var diff: String {
        guard differs else { return "" }
        return LineDiff.unified(old: NotebookWriter.render(cells: recorded, header: header), new: text,
                                oldName: "\(fileName) (recorded)", newName: "\(fileName) (replayed)")
    }
}

/// The cells a replay runs and compares with: parsed cells, or a notebook file's.
enum RecordedSource: Sendable {
    case cells([Cell])
    case file(RecordedNotebook)

    var count: Int {
        switch self {
        case .cells(let cells): cells.count
        case .file(let notebook): notebook.count
        }
    }

    /// The cell at `index` as replay runs it (a command's recorded output may be left out).
    func cellToRun(at index: Int) -> Cell {
        switch self {
        case .cells(let cells): cells[index]
        case .file(let notebook): notebook.cellToRun(at: index)
        }
    }

    /// Whether `cell`, replayed from `cellToRun(at: index)`, is the recorded cell at `index`.
    func isRecorded(replayed cell: Cell, at index: Int) -> Bool {
        switch self {
        case .cells(let cells): cells[index] == cell
        case .file(let notebook): notebook.isRecorded(replayed: cell, at: index)
        }
    }
}

/// Re-runs a notebook's cells in a session, in order, and compares the outputs with the record.
///
/// Replay runs nothing but Dossier commands and acts on no request: `:open`, `:quit` and
/// `:history` inside a notebook are refused with an error cell, and so are `:save` and `:export`
/// unless the caller hands over a `write` function (the user's explicit permission).
public struct Replayer {
    /// The Dossier version doing the replay, written into the re-rendered header.
    public var dossierVersion: String
    /// Performs a `:save` or `:export` found in the notebook and returns its message; nil refuses them.
    public var write: ((ShellRequest) -> Outcome)?

    /// Creates a replayer.
    public init(dossierVersion: String, write: ((ShellRequest) -> Outcome)? = nil) {
        self.dossierVersion = dossierVersion
        self.write = write
    }

    /// Replays `notebook` (read from `fileName`) into `session`, which the caller creates fresh
    /// (with the header's seed, and `forbidWrites` unless writes are allowed) or, for `:open`,
    /// passes live. `each` sees every replayed cell as it completes, for printing.
    public func replay(_ notebook: Notebook, fileName: String, into session: Session, each: (Cell) -> Void = { _ in }) -> ReplayResult {
        replay(.cells(notebook.cells), header: notebook.header, fileName: fileName, into: session, each: each)
    }

    /// Replays a notebook as read from its file (`NotebookReader.read`), comparing each output
    /// with the recorded bytes.
    public func replay(_ notebook: RecordedNotebook, fileName: String, into session: Session, each: (Cell) -> Void = { _ in }) -> ReplayResult {
        replay(.file(notebook), header: notebook.header, fileName: fileName, into: session, each: each)
    }

    func replay(_ source: RecordedSource, header recordedHeader: NotebookHeader, fileName: String, into session: Session, each: (Cell) -> Void) -> ReplayResult {
        var replayed: [Cell] = []
        replayed.reserveCapacity(source.count)
        var changed = 0
        var figures: [Int: Figure] = [:]
        for index in 0..<source.count {
            let cell = source.cellToRun(at: index)
            let result = run(cell, in: session)
            // (Read only after a command: an empty note runs nothing and would leave the last figure.)
            if case .command = cell.content, let figure = session.figure { figures[index] = figure }
            each(result)
            if !source.isRecorded(replayed: result, at: index) { changed += 1 }
            replayed.append(result)
        }
        var header = recordedHeader
        header.format = NotebookHeader.currentFormat
        header.dossierVersion = dossierVersion
        header.storyID = session.story.id
        header.storyHash = session.story.contentHash
        header.hedges = session.recordedHedgeRows
        var result = ReplayResult(
            cells: replayed, changedCount: changed, header: header, fileName: fileName,
            warnings: warnings(recordedHeader, current: header, fileName: fileName), source: source)
        result.figures = figures
        return result
    }

    /// Runs one cell; a note is re-entered as `:note`, a command is run and its outcome recorded.
    /// A command's replayed cell holds the input it was given (`RecordedSource` relies on it).
    func run(_ cell: Cell, in session: Session) -> Cell {
        let input: String
        switch cell.content {
        case .note(let text):
            if !text.isEmpty { _ = session.run(":note " + text) }
            return cell
        case .command(let text, _, _):
            input = text
        }
        let before = session.cells.count
        let outcome = session.run(input)
        // (Not held across `session.run`: the session's next append would copy the array.)
        let after = session.cells
        if after.count > before, let last = after.last {
            // The session recorded the cell itself (with its input as the session keeps it).
            if case .command(_, let output, let isError) = last.content {
                return Cell(.command(input: input, output: output, isError: isError))
            }
            return last
        }
        switch outcome {
        case .output(let text):
            return Cell(.command(input: input, output: text.strippingANSI(), isError: false))
        case .failure(_, let rendered):
            return Cell(.command(input: input, output: rendered.strippingANSI(), isError: true))
        case .incomplete:
            return refusal(input, Diagnostic(.syntax, "the input ends before its brackets are closed", help: "a notebook cell must hold a whole input"))
        case .request(let request):
            if let write, request.isWrite {
                return run(write(request), input: input)
            }
            return refusal(input, Diagnostic(.command, "\(request.commandName) is refused while replaying a notebook: a replayed file may not open, save or export files, or leave the session",
                                             help: "run it yourself at the prompt"))
        }
    }

    /// The cell for an outcome produced outside the session (a write the caller performed).
    func run(_ outcome: Outcome, input: String) -> Cell {
        switch outcome {
        case .output(let text): return Cell(.command(input: input, output: text.strippingANSI(), isError: false))
        case .failure(_, let rendered): return Cell(.command(input: input, output: rendered.strippingANSI(), isError: true))
        case .incomplete, .request: return Cell(.command(input: input, output: "", isError: false))
        }
    }

    /// An error cell for an input replay will not run.
    func refusal(_ input: String, _ diagnostic: Diagnostic) -> Cell {
        Cell(.command(input: input, output: DiagnosticRenderer.render(diagnostic, input: input), isError: true))
    }

    /// A warning for each way the recorded header differs from the replay's.
    func warnings(_ recorded: NotebookHeader, current: NotebookHeader, fileName: String) -> [String] {
        var out: [String] = []
        if recorded.storyID != current.storyID {
            out.append("warning: \(fileName) was recorded with the story `\(recorded.storyID)`; replaying with `\(current.storyID)`")
        } else if recorded.storyHash != current.storyHash {
            out.append("warning: the story `\(current.storyID)` has changed since \(fileName) was recorded (hash \(recorded.storyHash), now \(current.storyHash))")
        }
        if recorded.dossierVersion != current.dossierVersion {
            out.append("warning: \(fileName) was recorded by Dossier \(recorded.dossierVersion); this is Dossier \(current.dossierVersion)")
        }
        return out
    }
}

extension ShellRequest {
    /// Whether the request writes a file.
    var isWrite: Bool {
        switch self {
        case .save, .export, .saveDraft: true
        case .quit, .history, .open: false
        }
    }

    /// The command that makes the request, for messages.
    var commandName: String {
        switch self {
        case .quit: ":quit"
        case .history: ":history"
        case .save: ":save"
        case .open: ":open"
        case .export: ":export"
        case .saveDraft: ":draft save"
        }
    }
}
