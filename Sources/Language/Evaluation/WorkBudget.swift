import Quantity

/// The work one cell may do, in operations (steps written or run, times the samples or corners
/// they run on), and the Ctrl-C check that goes with it: every cell ends, and stops soon after
/// Ctrl-C, whatever it computes.
package final class WorkBudget {
    /// Operations per cell: a billion runs for about a second.
    static let perCell = 1_000_000_000
    /// Operations between two looks at Ctrl-C.
    static let pollInterval = 1 << 12

    private let limit: Int
    private var remaining: Int
    private var untilPoll = WorkBudget.pollInterval
    /// Polled for Ctrl-C.
    package var isInterrupted: () -> Bool

    init(limit: Int = WorkBudget.perCell, isInterrupted: @escaping () -> Bool) {
        self.limit = limit
        remaining = limit
        self.isInterrupted = isInterrupted
    }

    /// The whole budget again, for the next cell.
    package func reset() {
        remaining = limit
        untilPoll = WorkBudget.pollInterval
    }

    /// Takes `n` operations from the budget; throws when it runs out or Ctrl-C was pressed.
    @inline(__always)
    func spend(_ n: Int) throws(Diagnostic) {
        remaining -= n
        untilPoll -= n
        if untilPoll <= 0 { try poll() }
    }

    private func poll() throws(Diagnostic) {
        untilPoll = WorkBudget.pollInterval
        if remaining < 0 {
            throw Diagnostic(.limit, "this cell needs more than \(NumberFormat.grouped(Double(limit))) operations, the limit for one cell",
                             help: "a function that calls itself twice per level doubles its work at each level; compute in smaller steps")
        }
        if isInterrupted() { throw Diagnostic(.interrupted, "the computation was interrupted (Ctrl-C)") }
    }
}
