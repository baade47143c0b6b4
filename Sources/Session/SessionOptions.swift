import Language
import Story

/// Per-session settings chosen by the layer that creates the session.
public struct SessionOptions: Sendable {
    /// Whether output may carry ANSI colour (never recorded in cells).
    public var color: Bool
    /// The seed for `:simulate` until `:seed` changes it.
    public var seed: UInt64
    /// Polled during long work (simulations, tables); returning true cancels it.
    public var isInterrupted: @Sendable () -> Bool
    /// Whether commands that write files (`:save`, `:export`) are refused, as when replaying a notebook.
    public var forbidWrites: Bool
    /// The hedge table sessions start with; nil for the built-in one (tests give another).
    public var hedgeTable: HedgeTable?
    /// Whether each input is kept as a cell for `:save` and `:export`. A script that never saves
    /// needs none, and a long batch then keeps no copy of every line (`Launcher`).
    public var keepsCells = true

    /// Creates options; the defaults suit scripts and tests.
    public init(
        color: Bool = false, seed: UInt64 = 42,
        isInterrupted: @escaping @Sendable () -> Bool = { false },
        forbidWrites: Bool = false,
        hedgeTable: HedgeTable? = nil
    ) {
        self.color = color
        self.seed = seed
        self.isInterrupted = isInterrupted
        self.forbidWrites = forbidWrites
        self.hedgeTable = hedgeTable
    }
}
