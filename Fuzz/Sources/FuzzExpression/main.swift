import BuiltinData
import FuzzDriver
import Language
import Session
import Story

// Feeds each input to a session over the built-in story, as lines typed at the prompt: every line
// is run, an incomplete one (open brackets) gets the next line appended, as the shell does. Each
// input starts from `:reset` (no variables, functions, units, readings or settings of the input
// before), and the session itself is made anew every `sessionUses` inputs: resolving the story's
// facts costs more than most inputs, and the cells it records would otherwise pile up.
// Each input has a time budget polled through `isInterrupted`, so a 10-million-sample simulation is
// cancelled as Ctrl-C would cancel it instead of counting as a hang.

/// The built-in story, read once: every input starts a fresh session over it.
let builtinStory: Story = {
    do { return try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName) }
    catch { fatalError("the built-in story does not load: \(error)") }
}()

/// How long one input may run before its work is cancelled (as by Ctrl-C), in nanoseconds: long
/// enough to reach every part of a command, short enough that a 10-million-sample simulation does
/// not slow the fuzzing down.
let budgetNanoseconds: UInt64 = 100_000_000

/// How many inputs one session serves before it is made anew.
let sessionUses = 1000

/// The session the inputs run in and how many it has served (only libFuzzer's one thread uses it).
nonisolated(unsafe) var current: (session: Session, uses: Int)? = nil

/// The session for the next input: reset, or new after `sessionUses` inputs.
func nextSession(_ options: SessionOptions) -> Session {
    if let (session, uses) = current, uses < sessionUses {
        current = (session, uses + 1)
        session.options = options
        guard case .output = session.run(":reset") else { fatalError(":reset failed") }
        return session
    }
    let session = Session(story: builtinStory, options: options)
    current = (session, 1)
    return session
}

/// Runs one input, the lines of one session.
func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    let deadline = ContinuousClock.now.advanced(by: .nanoseconds(Int64(budgetNanoseconds)))
    let options = SessionOptions(isInterrupted: { ContinuousClock.now > deadline })
    let session = nextSession(options)
    var pending: String? = nil
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let input = pending.map { $0 + "\n" + line } ?? String(line)
        switch session.run(input, origin: "fuzz") {
        case .incomplete: pending = input
        case .failure(_, let rendered):
            precondition(rendered.hasPrefix("error["), "a diagnostic must start error[kind]: \(rendered)")
            pending = nil
        case .output(let text):
            pending = nil
            // An expression is pure: run again (now from the compiled form of its shape, see
            // TemplateCache), it must print the same.
            let trimmed = input.drop(while: { $0 == " " || $0 == "\t" })
            if !trimmed.hasPrefix(":") && !trimmed.hasPrefix("let") && !trimmed.hasPrefix("fn") && !trimmed.hasPrefix("unit") {
                let again = session.run(input, origin: "fuzz")
                precondition(again == .output(text) || isInterruption(again), "an expression run twice printed differently: \(input)")
            }
        case .request: pending = nil
        }
    }
    return 0
}

/// Whether `outcome` is the time budget running out (a second run may be cancelled where the first was not).
func isInterruption(_ outcome: Outcome) -> Bool {
    if case .failure(let d, _) = outcome { return d.kind == .interrupted }
    return false
}

runLibFuzzer { data, size in fuzzExpression(data, size) }
