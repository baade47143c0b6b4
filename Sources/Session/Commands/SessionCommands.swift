import Language
/// Commands about the shell itself: help, history, quitting.
enum SessionCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "help", usage: "[COMMAND|FUNCTION|TOPIC]", summary: "list commands, or explain one",
            help: """
            :help
              Lists the commands.
            :help NAME
              Explains one command (with or without its colon), function or topic.
            """, recorded: false
        ) { session, arguments, offset throws(Diagnostic) in
            .text(try HelpText.render(topic: arguments, session: session, offset: offset))
        },
        CommandSpec(
            name: "history", usage: "[N]", summary: "show the lines entered (last N)", help: """
            :history [N]
              Prints the shell's history, oldest first, or only the last N entries. History is kept
              in $XDG_STATE_HOME/dossier/history (by default ~/.local/state/dossier/history).
            """, recorded: false
        ) { _, arguments, offset throws(Diagnostic) in
            if arguments.isEmpty { return .request(.history(limit: nil)) }
            guard let n = Int(arguments), n > 0 else {
                throw Diagnostic(.command, ":history takes a positive count", at: SourceSpan(offset, offset + arguments.utf8.count), label: "not a count")
            }
            return .request(.history(limit: n))
        },
        CommandSpec(
            name: "quit", summary: "leave Dossier (Ctrl-D does too)", help: """
            :quit
              Leaves the shell. Unsaved cells stay in the journal until a clean exit; :save first to
              keep the session as a notebook.
            """, recorded: false
        ) { _, _, _ throws(Diagnostic) in .request(.quit) },
    ]
}
