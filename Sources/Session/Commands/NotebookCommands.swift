import Language
/// Commands that act on the notebook or the shell: notes, saving, opening, exporting.
enum NotebookCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "note", usage: "TEXT", summary: "add a prose note to the notebook",
            help: """
            :note TEXT
              Adds TEXT as a prose cell of the notebook, between the commands around it.
              Notes are saved by :save and replayed by :open and `dossier replay`.
            """
        ) { _, arguments, offset throws(Diagnostic) in
            guard !arguments.isEmpty else {
                throw Diagnostic(.command, ":note needs some text", at: SourceSpan(offset, offset + 1), label: "text expected here", help: "try `:note The rice offer covers under half the gap.`")
            }
            return .note(arguments)
        },
        CommandSpec(
            name: "save", usage: "[--force] FILE", summary: "save the session as a notebook", help: """
            :save [--force] FILE
              Writes every cell of the session so far to FILE as a notebook (Markdown), atomically:
              the file is written beside FILE under a temporary name and renamed over it, so FILE is
              either the old notebook or the new one, never half of one. A FILE that exists and is
              not this session's notebook (saved or opened by it) is replaced only after you agree
              at the prompt, or with --force. Not recorded as a cell.
            """, recorded: false
        ) { session, arguments, offset throws(Diagnostic) in
            try requireWritable(session, "save", offset)
            if arguments.hasPrefix("--force ") {
                let file = String(arguments.dropFirst(8).drop(while: { $0 == " " }))
                return .request(.save(path: try path(file, offset + 8, command: "save"), force: true))
            }
            return .request(.save(path: try path(arguments, offset, command: "save")))
        },
        CommandSpec(
            name: "open", usage: "FILE", summary: "replay a notebook into this session", help: """
            :open FILE
              Reads the notebook FILE and runs its cells in this session, in order, printing each
              output. Writing commands inside it (:save, :export) are refused. Not recorded as a cell;
              the replayed cells are.
            """, recorded: false
        ) { _, arguments, offset throws(Diagnostic) in
            .request(.open(path: try path(arguments, offset, command: "open")))
        },
        CommandSpec(
            name: "export", usage: "FILE.html | FILE.ipynb", summary: "write the session as an HTML report or a Jupyter notebook", help: """
            :export FILE
              Writes the session's cells to FILE in the format its extension names: .html or .htm,
              a self-contained HTML report (the article with its facts highlighted, every cell,
              charts for :table and :simulate); .ipynb, a Jupyter notebook (nbformat 4.5).
              The session is replayed first, safely, to draw the charts. Not recorded as a cell.
            """, recorded: false
        ) { session, arguments, offset throws(Diagnostic) in
            try requireWritable(session, "export", offset)
            let file = try path(arguments, offset, command: "export")
            guard let format = exportFormat(file) else {
                throw Diagnostic(.command, "`:export` takes its format from the file's extension, and `\(file)` has neither .html (or .htm) nor .ipynb",
                                 at: SourceSpan(offset, offset + arguments.utf8.count), label: "no known extension",
                                 help: "name an HTML report `FILE.html` (or `.htm`) or a Jupyter notebook `FILE.ipynb`")
            }
            return .request(.export(path: file, format: format))
        },
        CommandSpec(
            name: "draft", usage: "save [--force] FILE", summary: "save the story drafted by --article, for review", help: """
            :draft save [--force] FILE
              In a session opened with `dossier --article ARTICLE`, writes the story drafted from
              ARTICLE to FILE (what `dossier draft ARTICLE -o FILE` writes), atomically: FILE is
              either as it was or the whole draft, never half of one. Review its `# review:` lines,
              then open it with `dossier --dossier FILE`. A FILE that exists is replaced only after
              you agree at the prompt, or with --force. Not recorded as a cell.
            """, recorded: false
        ) { session, arguments, offset throws(Diagnostic) in
            guard arguments == "save" || arguments.hasPrefix("save ") else {
                throw Diagnostic(.command, ":draft takes `save FILE`", at: SourceSpan(offset, offset + max(1, arguments.utf8.count)),
                                 label: "`save` expected here", help: "try `:draft save story.dossier`")
            }
            try requireWritable(session, "draft", offset)
            var rest = String(arguments.dropFirst(4).drop(while: { $0 == " " }))
            let force = rest.hasPrefix("--force ")
            if force { rest = String(rest.dropFirst(8).drop(while: { $0 == " " })) }
            return .request(.saveDraft(path: try path(rest, offset + arguments.utf8.count - rest.utf8.count, command: "draft save"), force: force))
        },
    ]

    /// The export format a file name's extension names: `html` for .html and .htm, `ipynb` for .ipynb.
    static func exportFormat(_ file: String) -> String? {
        let lower = file.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return "html" }
        if lower.hasSuffix(".ipynb") { return "ipynb" }
        return nil
    }

    static func path(_ arguments: String, _ offset: Int, command: String) throws(Diagnostic) -> String {
        guard !arguments.isEmpty else {
            throw Diagnostic(.command, ":\(command) needs a file name", at: SourceSpan(offset, offset + 1), label: "file name expected", help: "try `:\(command) notebooks/mine.md`")
        }
        return arguments
    }

    static func requireWritable(_ session: Session, _ command: String, _ offset: Int) throws(Diagnostic) {
        if session.options.forbidWrites {
            throw Diagnostic(.command, ":\(command) is refused while replaying a notebook: a replayed file may not write files",
                             help: "run it yourself at the prompt, or pass --allow-writes to `dossier replay` if you trust the file")
        }
    }
}
