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
            name: "export", usage: "FILE [ipynb|html]", summary: "write the session as a Jupyter notebook or HTML", help: """
            :export FILE [ipynb|html]
              Writes the session's cells to FILE as a Jupyter notebook (nbformat 4.5; the default)
              or as a standalone HTML page. Not recorded as a cell.
            """, recorded: false
        ) { session, arguments, offset throws(Diagnostic) in
            try requireWritable(session, "export", offset)
            let words = arguments.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let file = words.first else { _ = try path("", offset, command: "export"); return .text("") }
            let format = words.count > 1 ? words[1] : "ipynb"
            guard format == "ipynb" || format == "html", words.count <= 2 else {
                throw Diagnostic(.command, "unknown export format `\(words.dropFirst().joined(separator: " "))`", at: SourceSpan(offset, offset + arguments.utf8.count), help: "the formats are ipynb and html")
            }
            return .request(.export(path: file, format: format))
        },
    ]

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
