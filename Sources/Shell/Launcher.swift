import CEditLineShim
import Glibc
import Language
import Session
import Story

/// How the command line asked Dossier to run.
public struct LaunchOptions {
    /// `--dossier FILE`: a story data file instead of the built-in story.
    public var storyFile: String?
    /// `--article FILE`: a story drafted in memory (its text, the name errors give, and the
    /// article as named, for `:draft save`), and a notice printed before anything runs.
    public var draftedStory: (text: String, fileName: String, article: String, notice: String)?
    /// `-e COMMAND`, in order.
    public var commands: [String] = []
    /// `run FILE...`: script files, in order (nil when not `run`).
    public var scripts: [String]?
    /// `--keep-going`: a script carries on after an error.
    public var keepGoing = false
    /// `--seed N`: the random seed for simulations.
    public var seed: UInt64?
    /// `--no-color`.
    public var noColor = false
    /// `--recover`: start with the most recent lost session replayed.
    public var recover = false

    /// Creates options with the defaults: the interactive shell on the built-in story.
    public init() {}
}

/// Dossier's exit statuses, documented in `--help` and docs/README.md.
public enum ExitStatus: Int32 {
    /// Everything ran.
    case success = 0
    /// A command failed (in a script, `-e`, or piped input).
    case commandFailed = 1
    /// The command line was wrong, or a story or script file could not be loaded.
    case usage = 2
}

/// Wires a session, a line reader and the input loop together for one run of `dossier`.
public enum Launcher {
    /// Runs Dossier as `options` say and returns the process's exit status.
    public static func run(_ options: LaunchOptions, notebook: NotebookServices = FileNotebookServices(journaling: false)) -> Int32 {
        let output = Output(colour: Terminal.allowsColor(noColorFlag: options.noColor))
        // A story file a person names is read and checked now, so its errors stop the run before
        // anything runs. The built-in story (checked by the tests) is read when first needed:
        // most of start-up's work, which `-e 1+1` does not need.
        var story: Story?
        if let path = options.storyFile {
            switch StoryLoader.load(path: path) {
            case .success(let s): story = s
            case .failure(let error):
                output.error(error.message)
                return output.finish(ExitStatus.usage.rawValue)
            }
        }
        if let drafted = options.draftedStory {
            do throws(StoryLoadError) {
                story = try StoryReader.read(drafted.text, fileName: drafted.fileName)
            } catch {
                // The drafter's own tests say this does not happen; if it does, say so, never guess.
                output.error(error.description)
                return ExitStatus.usage.rawValue
            }
            output.error(drafted.notice)
        }
        let interactive = options.commands.isEmpty && options.scripts == nil && Terminal.isInteractive
        var sessionOptions = SessionOptions(color: Terminal.allowsColor(noColorFlag: options.noColor))
        if let seed = options.seed { sessionOptions.seed = seed }
        if interactive { sessionOptions.isInterrupted = { dossier_sigint_pending() != 0 } }
        // Scripts that never save or export need no cells: 100,000 lines then keep no copy of each
        // line (35 MB -> 10 MB at 100,000 lines). A recovered session keeps its cells, always.
        if let scripts = options.scripts, !options.recover, !Self.mayNeedCells(scripts) { sessionOptions.keepsCells = false }
        let session = story.map { Session(story: $0, options: sessionOptions) }
            ?? Session(storyLoader: { StoryLoader.builtinOrExit(output: output) }, options: sessionOptions)
        // The session lives until the process exits: releasing a long script's cells one by one
        // (two strings each) would cost more at exit than the system reclaiming the pages at once.
        // (Not at the terminal, where a session is short and LeakSanitizer checks its exit.)
        if !interactive { _ = Unmanaged.passRetained(session) }
        var requests = RequestHandler(notebook: notebook)
        requests.draft = options.draftedStory.map { DraftSaver(text: $0.text, article: $0.article) }

        if options.recover {
            switch notebook.recover(into: session) {
            case .text(let text): if !text.isEmpty { output.line(text) }
            case .failure(let rendered), .confirm(_, _, let rendered):
                output.error(rendered)
                return output.finish(ExitStatus.usage.rawValue)
            }
        }
        let status: Int32
        if !options.commands.isEmpty {
            let loop = InputLoop(session: session, output: output, requests: requests, keepGoing: options.keepGoing)
            status = Self.status(loop.run(ArgumentLineReader(commands: options.commands)))
        } else if let scripts = options.scripts {
            status = runScripts(scripts, session: session, output: output, requests: requests, keepGoing: options.keepGoing)
        } else if interactive {
            return runInteractive(session: session, output: output, requests: requests)
        } else {
            let loop = InputLoop(session: session, output: output, requests: requests, keepGoing: options.keepGoing)
            status = Self.status(loop.run(StreamLineReader(fd: 0, name: nil)))
        }
        notebook.finish(session)
        return output.finish(status)
    }

    /// Whether any of the script files may save or export the session: it names `:save` or
    /// `:export` anywhere (a comment too), or it cannot be read ahead (standard input, an error).
    static func mayNeedCells(_ paths: [String]) -> Bool {
        let words = [Array(":save".utf8), Array(":export".utf8)]
        files: for path in paths {
            guard path != "-", case .success(let fd) = FileBytes.open(path: path) else { return true }
            defer { close(fd) }
            // Only a regular file can be read twice (a pipe's lines would be used up here).
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return true }
            // Read in blocks into one buffer (reading the file whole would fault in its pages
            // twice); the last bytes of a block are kept so a word across two blocks is seen.
            let keep = 7, size = 1 << 16
            var buffer = [UInt8](repeating: 0, count: size)
            var held = 0
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + held, size - held) }
                if n < 0 { return true }
                if n == 0 { continue files }
                let end = held + n
                if contains(buffer, end, words) { return true }
                let tail = min(keep, end)
                buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + end - tail, tail) }
                held = tail
            }
        }
        return false
    }

    /// Whether the first `count` bytes of `bytes` hold one of `words`, each a colon and a name
    /// (memchr finds each colon).
    static func contains(_ bytes: [UInt8], _ count: Int, _ words: [[UInt8]]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            while i < count, let hit = memchr(base + i, 0x3A, count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                for w in words where at + w.count <= count && w.indices.allSatisfy({ b[at + $0] == w[$0] }) { return true }
                i = at + 1
            }
            return false
        }
    }

    /// `run FILE...`: the files in order, in one session; a file that cannot be read is exit 2.
    static func runScripts(_ paths: [String], session: Session, output: Output, requests: RequestHandler, keepGoing: Bool) -> Int32 {
        let loop = InputLoop(session: session, output: output, requests: requests, keepGoing: keepGoing)
        var failed = false
        for path in paths {
            // `-` is standard input, as for cat and sort.
            let opened = path == "-" ? .success(StreamLineReader(fd: 0, name: "<stdin>")) : StreamLineReader.open(path: path)
            switch opened {
            case .failure(let error):
                output.error("dossier: \(error)")
                return ExitStatus.usage.rawValue
            case .success(let reader):
                if loop.run(reader) == .failed {
                    failed = true
                    if !keepGoing { return ExitStatus.commandFailed.rawValue }
                }
            }
        }
        return (failed ? ExitStatus.commandFailed : ExitStatus.success).rawValue
    }

    /// The libedit shell. Errors do not end it; Ctrl-D and `:quit` leave with status 0.
    static func runInteractive(session: Session, output: Output, requests: RequestHandler) -> Int32 {
        output.line(Banner.text(for: session.story))
        // Before libedit changes the terminal, so that a fatal signal can put it back.
        dossier_terminal_guard_install()
        let editor = LineEditor(historyFile: HistoryFile.prepare(), output: output) { line, cursor in
            if let (start, word) = FileNameCompletion.word(in: line, cursor: cursor) {
                return (start, FileNameCompletion.candidates(for: word))
            }
            return session.completions(forLine: line, cursorByte: cursor)
        }
        // While a command runs the terminal is cooked: Ctrl-C is SIGINT, which only sets a flag
        // the session polls (and without SA_RESTART, so it also ends a blocked read).
        dossier_sigint_install()
        let notebook = requests.notebook
        let loop = InputLoop(session: session, output: output, requests: requests, willRun: { dossier_sigint_clear() }) {
            let unsaved = notebook.unsavedCells(of: session)
            guard unsaved > 0, !editor.inputWasLost else { return nil }
            return "\(unsaved) \(unsaved == 1 ? "cell is" : "cells are") not saved: :save FILE keeps them. "
                + "Ctrl-D (or :quit) again leaves; `dossier --recover` can still bring them back."
        }
        _ = loop.run(editor)
        let lost = editor.inputWasLost
        editor.close()
        // A hang-up is not a decision to leave: the journal stays for --recover.
        if !lost { notebook.finish(session) }
        return output.finish(ExitStatus.success.rawValue)
    }

    static func status(_ ending: InputLoop.Ending) -> Int32 {
        (ending == .failed ? ExitStatus.commandFailed : ExitStatus.success).rawValue
    }
}
