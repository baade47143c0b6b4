import Language
import Quantity
import Render
import Story

/// One user's session over a story: the language's interpreter (names, overrides, readings) with
/// the app layer on top: settings, the `:commands`, and the cells entered so far.
///
/// Every input is a transaction: `run` either applies all of its effects or, on failure, leaves
/// the session exactly as it was.
public final class Session: Interpreter {
    /// Settings chosen by the layer above. Their hedge table is only where the session starts:
    /// the interpreter keeps the one in force (a notebook's recorded rows may replace it).
    public var options: SessionOptions {
        didSet {
            budget.isInterrupted = options.isInterrupted
            colourInOutput = options.color
        }
    }
    /// The cells entered so far, in order.
    public var cells: [Cell] { enteredCells }
    /// The numbers the last input charted (`:table`, `:simulate`) or the rows it listed
    /// (`:facts`), for rich output; nil after any other input (see `Figure+Commands.swift`).
    public var figure: Figure? { lastFigure }
    // The three below are touched by every input. Only this module reaches them, and no access
    // spans a call that could reach them again, so the optimizer proves exclusivity once at
    // compile time instead of a run-time check on each access (docs/performance.md).
    /// The cells, stored.
    var enteredCells: [Cell] = []
    /// The figure, stored.
    var lastFigure: Figure?
    /// `options.color`, kept as it is set: a cell records its output without colour.
    private var colourInOutput: Bool
    /// The command being run (commands parse expressions out of it with spans into it).
    var currentInput = ""
    /// The story's items for `:search`, built by the first search and kept for the next.
    private var search: SearchIndex?

    /// The search index of the session's story.
    var searchIndex: SearchIndex {
        if let search { return search }
        let index = SearchIndex(story)
        search = index
        return index
    }

    /// Creates a session over `story`, with the built-in unit prelude loaded.
    public init(story: Story, options: SessionOptions = SessionOptions()) {
        self.options = options
        colourInOutput = options.color
        super.init(storyLoader: { story }, seed: options.seed, hedges: options.hedgeTable, isInterrupted: options.isInterrupted)
        load()
    }

    /// Creates a session whose story is read by `loader` only when an input first needs it (a fact,
    /// a story command), so a command that uses no story does not pay to read one. For a story
    /// known to be valid (the built-in one, which the tests check); a file a person names should
    /// be read, and its errors reported, before the session starts.
    public init(storyLoader: @escaping () -> Story, options: SessionOptions = SessionOptions()) {
        self.options = options
        colourInOutput = options.color
        super.init(storyLoader: storyLoader, seed: options.seed, hedges: options.hedgeTable, isInterrupted: options.isInterrupted)
    }

    /// Runs one input (a command or an expression, possibly several lines) and records it as a cell
    /// when it is one. `origin` names where the input came from, for diagnostics (it is computed
    /// only when a diagnostic is drawn, so a script line does not pay for its `FILE:LINE`).
    public func run(_ input: String, origin: @autoclosure () -> String? = nil) -> Outcome {
        // Spans are relative to the trimmed input, which is also what the cell records, so an
        // error replays to the same caret line wherever the input came from.
        let trimmed = input.trimmingWhitespace()
        if trimmed.isEmpty || Session.startsWith(UInt8(ascii: "#"), trimmed) { return .output("") }
        // Every input is a transaction: each statement and command does all its fallible work
        // before it changes `state`, so a failure leaves the session as it was. (Snapshotting
        // `state` instead would copy its dictionaries on every `let`: quadratic in a long session.)
        budget.reset()
        lastFigure = nil
        let result: CommandResult
        let recorded: Bool
        do throws(Diagnostic) {
            if Session.startsWith(UInt8(ascii: ":"), trimmed) {
                currentInput = trimmed  // (only commands read it)
                (result, recorded) = try runCommand(trimmed)
            } else {
                guard let text = try evaluateStatement(trimmed) else { return .incomplete }
                (result, recorded) = (.text(text), true)
            }
        } catch {
            let error = Session.withCommaHint(error, input: trimmed)
            // The cell holds the error as a replay draws it: without where the input came from.
            let plain = DiagnosticRenderer.render(error, input: trimmed, origin: nil)
            record(Cell(.command(input: trimmed, output: plain, isError: true)))
            return .failure(error, rendered: DiagnosticRenderer.render(error, input: trimmed, origin: origin()))
        }
        switch result {
        case .text(let text):
            if recorded { record(Cell(.command(input: trimmed, output: colourInOutput ? text.strippingANSI() : text, isError: false))) }
            return .output(text)
        case .note(let text):
            record(Cell(.note(text)))
            return .output("")
        case .request(let request):
            return .request(request)
        case .incomplete:
            return .incomplete
        }
    }

    /// Appends a cell. The array is moved out and back in (two swaps of one reference) so that no
    /// access to the stored property spans the append's calls: see `enteredCells`.
    private func record(_ cell: Cell) {
        guard options.keepsCells else { return }
        var cells: [Cell] = []
        swap(&cells, &enteredCells)
        cells.append(cell)
        swap(&cells, &enteredCells)
    }

    /// Whether `text` starts with the Character `ascii` (as `hasPrefix` says), decided from the
    /// bytes on the path every script line takes: only a non-ASCII byte after it (a combining
    /// mark, say, which would make another Character) needs the Character comparison.
    static func startsWith(_ ascii: UInt8, _ text: String) -> Bool {
        if let decided = text.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            guard b.count > 0, b[0] == ascii else { return false }
            return b.count == 1 || b[1] < 0x80 ? true : nil
        }), let decided { return decided }
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == ascii else { return false }
        guard let next = bytes.next(), next >= 0x80 else { return true }
        return text.hasPrefix(String(UnicodeScalar(ascii)))
    }

    /// Runs `:name args`.
    func runCommand(_ input: String) throws(Diagnostic) -> (CommandResult, Bool) {
        let bytes = Array(input.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        let nameStart = i + 1
        var j = nameStart
        while j < bytes.count, bytes[j] != 0x20, bytes[j] != 0x09, bytes[j] != 0x0A { j += 1 }
        let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
        var k = j
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        let arguments = String(decoding: bytes[k...], as: UTF8.self).trimmingWhitespace()
        guard let spec = Commands.lookup(name) else {
            let near = Suggest.nearest(name, among: Commands.all.map(\.name))
            throw Diagnostic(
                .command, "unknown command `:\(name)`", at: SourceSpan(i, j), label: "not a command",
                help: near.map { "did you mean `:\($0)`? (:help lists the commands)" } ?? ":help lists the commands")
        }
        return (try spec.run(self, arguments, k), spec.recorded)
    }
}
