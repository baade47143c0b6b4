import CEditLine
import CEditLineShim
import Glibc

/// The interactive line reader: libedit with emacs keys, history, Tab completion and a
/// race-free Ctrl-C.
///
/// Used only when standard input and output are both terminals. Ctrl-C is not a signal while a
/// line is edited (the terminal's ISIG is off); it is a key bound to a function that flags the
/// interrupt and ends the line, which `readLine` then reports as `.interrupted`. libedit's C
/// callbacks find this object through the editor's client-data pointer, so there are no globals.
public final class LineEditor: LineReader {
    /// Computes completions: the line and the cursor's byte offset in, the byte where the
    /// replaced word starts and the candidates out.
    public typealias Completer = (_ line: String, _ cursorByte: Int) -> (replaceFrom: Int, candidates: [String])

    private let editor: OpaquePointer
    private let historyHandle: OpaquePointer
    private let historyFile: String?
    private let completer: Completer
    private let output: Output
    private let primaryPrompt: UnsafeMutablePointer<CChar>
    private let continuationPrompt: UnsafeMutablePointer<CChar>
    private var prompt: UnsafeMutablePointer<CChar>
    private var interruptRequested = false
    private var lineNumber = 0
    private var isClosed = false
    private var historyWarned = false

    /// Opens the editor on the terminal. `historyFile` is loaded now and saved after each
    /// remembered line; nil keeps history for this run only.
    public init(historyFile: String?, output: Output, completer: @escaping Completer) {
        CharacterLocale.enableUTF8()
        self.historyFile = historyFile
        self.completer = completer
        self.output = output
        primaryPrompt = strdup("> ")
        continuationPrompt = strdup("...> ")
        prompt = primaryPrompt
        editor = dossier_el_init("dossier")
        historyHandle = dossier_history_init(1000)
        configure()
    }

    deinit { close() }

    private func configure() {
        dossier_el_set_editor(editor, "emacs")
        // libedit's own handlers resize inside SIGWINCH, which is not async-signal-safe; the
        // shell's reader (terminal.c) resizes, redraws and takes SIGINT from its read loop.
        dossier_el_set_signal(editor, 0)
        dossier_el_set_reader(editor)
        dossier_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        dossier_el_set_prompt(editor, LineEditor.promptCallback)
        dossier_el_set_history(editor, historyHandle)
        if let historyFile {
            _ = dossier_history_load(historyHandle, historyFile)
            // A shell killed while saving its history leaves `history.XXXXXX` beside it.
            let (directory, base) = AtomicFile.split(historyFile)
            AtomicFile.removeStaleTemporaries(directory: directory, base: base, hidden: false)
        }
        // Added functions first, then the keys bound to them.
        dossier_el_addfn(editor, "dossier-complete", "complete the word before the cursor", LineEditor.completeCallback)
        dossier_el_addfn(editor, "dossier-interrupt", "drop the line being typed", LineEditor.interruptCallback)
        dossier_el_bind(editor, "^I", "dossier-complete")
        dossier_el_bind(editor, "^C", "dossier-interrupt")
        dossier_el_bind(editor, "^R", "em-inc-search-prev")
        dossier_el_settty_edit(editor, "-isig")
    }

    /// Saves the history and releases libedit, in that order; safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        saveHistory()
        el_end(editor)
        history_end(historyHandle)
        free(primaryPrompt)
        free(continuationPrompt)
    }

    public var isInteractive: Bool { true }

    /// Whether the terminal's input ended or failed (a hang-up) rather than a person leaving.
    public var inputWasLost: Bool { dossier_input_lost() != 0 }

    public func origin(line number: Int) -> String? { nil }

    public func readLine(prompt kind: PromptKind) -> LineRead {
        output.flush()
        prompt = kind == .primary ? primaryPrompt : continuationPrompt
        interruptRequested = false
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            // Ctrl-C on an empty line can also end el_gets with nothing read.
            if interruptRequested { return .interrupted }
            dossier_el_print("\n")  // leave the shell's own prompt on a fresh line
            return .end
        }
        if interruptRequested { return .interrupted }
        // libedit owns the buffer until the next call: copy it now.
        var bytes = Array(UnsafeRawBufferPointer(start: raw, count: Int(count)))
        if bytes.last == 0x0A { bytes.removeLast() }
        lineNumber += 1
        return .line(String(decoding: bytes, as: UTF8.self), number: lineNumber)
    }

    /// Asks `question` (its last line as the prompt) and reads the answer; only `y` or `yes` agree.
    public func confirm(_ question: String) -> Bool {
        let lines = question.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines.dropLast() { output.line(String(line)) }
        output.flush()
        let asked = strdup(VisibleText.of(String(lines.last ?? "")) + " [y/N] ")!
        prompt = asked
        defer {
            prompt = primaryPrompt
            free(asked)
        }
        interruptRequested = false
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count), !interruptRequested else { return false }
        let answer = String(decoding: UnsafeRawBufferPointer(start: raw, count: Int(count)), as: UTF8.self)
            .filter { !$0.isWhitespace }.lowercased()
        return answer == "y" || answer == "yes"
    }

    public func remember(_ line: String) {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
        _ = dossier_history_enter(historyHandle, line)
        saveHistory()
    }

    public func history() -> [String]? {
        var lines: [String] = []
        var entry = dossier_history_oldest(historyHandle)
        while let e = entry {
            lines.append(String(cString: e))
            entry = dossier_history_newer(historyHandle)
        }
        return lines
    }

    private func saveHistory() {
        guard let historyFile, dossier_history_save(historyHandle, historyFile) != 0, !historyWarned else { return }
        historyWarned = true
        output.error("warning: the history could not be saved to \(historyFile) (a full disk or a file-size limit?); "
            + "the file keeps its earlier lines, and this session's lines are kept until it ends")
    }

    // MARK: Callbacks (C function pointers: no captures; state comes from the client data)

    private static func from(_ el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = dossier_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static let promptCallback: dossier_prompt_fn = { el in
        from(el)?.prompt
    }

    private static let interruptCallback: dossier_key_fn = { el, _ in
        guard let el, let self_ = from(el) else { return UInt8(CC_ERROR) }
        self_.interruptRequested = true
        // Show `^C` at the end of what was typed, then let libedit's own newline key end the
        // line (a function returning CC_NEWLINE would leave the cursor mid-line).
        if let info = el_line(el)?.pointee { el_cursor(el, Int32(info.lastchar - info.cursor)) }
        _ = el_insertstr(el, "^C")
        el_push(el, "\n")
        return UInt8(CC_REFRESH)
    }

    private static let completeCallback: dossier_key_fn = { el, _ in
        guard let el, let self_ = from(el) else { return UInt8(CC_ERROR) }
        return self_.complete(el)
    }

    /// Tab: extend the word to the candidates' common prefix, or list them.
    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_line(el)?.pointee, let buffer = info.buffer else { return UInt8(CC_ERROR) }
        let length = info.lastchar - buffer
        let cursor = info.cursor - buffer
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        let (from, candidates) = completer(line, cursor)
        guard from >= 0, from <= cursor else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(decoding: bytes[from..<cursor], as: UTF8.self)
        switch Completion.step(typed: typed, candidates: candidates) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let text):
            if text.hasPrefix(typed) {
                let rest = String(text.unicodeScalars.dropFirst(typed.unicodeScalars.count))
                guard el_insertstr(el, rest) == 0 else { return UInt8(CC_ERROR) }
            } else {
                el_deletestr(el, Int32(typed.unicodeScalars.count))
                guard el_insertstr(el, text) == 0 else { return UInt8(CC_ERROR) }
            }
            return UInt8(CC_REFRESH)
        case .list(let names):
            dossier_el_print("\n" + Completion.columns(names, width: Terminal.width()))
            return UInt8(CC_REDISPLAY)
        }
    }
}
