import Compute
import Quantity
import Story

/// The language's side of a session: what every name means (units, `let` variables, `fn`
/// functions, the story's facts and assumptions with their `:assume` and hedge readings, exchange
/// rates) and how a statement is checked and run. It does no I/O and knows no meta-commands:
/// `Session` (the app layer) adds cells, options and the `:commands` on top of it.
///
/// Every statement is a transaction: each does all its fallible work before it changes `state`,
/// so a failure leaves the interpreter as it was.
open class Interpreter {
    /// The story being explored (read on first use when the interpreter was made with a loader).
    public final var story: Story {
        if let loadedStory { return loadedStory }
        load()
        return loadedStory!
    }
    /// Everything mutable that an input can change, kept in one value so a failed input can be undone.
    package final var state: SessionState {
        // Names may now mean something else: compiled shapes start again.
        didSet { templates.removeAll() }
    }
    /// Compiled shapes of expression statements (see `TemplateCache`).
    package final var templates = TemplateCache()
    /// Buffers the lexer reuses from one input to the next.
    struct Scratch {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
    }
    final var scratch = Scratch()
    /// The story's facts and assumptions as quantities.
    package final var items: StoryItems {
        if let loadedItems { return loadedItems }
        load()
        return loadedItems!
    }
    /// Problems found while resolving the story's units; an interpreter with any should not be used.
    public final var storyIssues: [StoryIssue] { items.issues + storyRateIssues }
    /// The hedge table a fresh interpreter (or `:reset`) starts with; nil for the built-in one.
    package final var startingHedges: HedgeTable?
    /// Hedge words whose starting-table row a reading used (a notebook header records those rows).
    package final var hedgeWordsUsed: Set<String> = []
    /// The work the input being run may still do (one object, reset for each input).
    package final let budget: WorkBudget
    /// A number for the next `let`, so the ranges written in each definition are their own inputs.
    package final var nextScope: Int64 = 0
    /// The story's stated exchange rates and the problems reading them, once read (see `Interpreter+Rates`).
    package final var loadedRates: (rates: [ExchangeRate], issues: [StoryIssue])?

    /// The story, once read; nil until something needs it.
    private final var loadedStory: Story?
    /// The story's items, once resolved.
    private final var loadedItems: StoryItems?
    /// Reads the story when it is first needed.
    private final let storyLoader: () -> Story

    /// Creates an interpreter whose story is read by `storyLoader` only when an input first needs
    /// it (a fact, a story command), with the built-in unit prelude loaded; `seed` is the first
    /// simulation's, `hedges` the starting hedge table (nil: the built-in one).
    package init(storyLoader: @escaping () -> Story, seed: UInt64, hedges: HedgeTable?, isInterrupted: @escaping @Sendable () -> Bool) {
        budget = WorkBudget(isInterrupted: isInterrupted)
        state = SessionState(seed: seed, units: Prelude.units)
        startingHedges = hedges
        self.storyLoader = storyLoader
    }

    /// Forgets every variable, function, unit, `:assume` reading, rate and setting: the state a
    /// new interpreter starts in, with `seed` for the next simulation.
    package final func reset(seed: UInt64) {
        state = SessionState(seed: seed, units: Prelude.units)
    }

    /// Reads the story and resolves its items against the prelude's units.
    package final func load() {
        let story = storyLoader()
        loadedStory = story
        loadedItems = StoryItems(story: story, units: Prelude.units)
    }
}
