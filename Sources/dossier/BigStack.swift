import CStack

/// Runs `body` on a 1 GiB stack; `body` ends the process.
///
/// Evaluation recurses once per level of an expression and of each user-function body it calls.
/// The language bounds those levels (400-deep trees, 1,000 levels of nested bodies), but a debug
/// build spends ~18 KB of stack per level, more than the main thread's 8 MB. A 1 GiB stack is only
/// address space (pages are committed as they are touched), so every input the limits admit is
/// safe.
///
/// The main thread itself moves onto the new stack (CStack): starting a second thread and
/// waiting for it cost ~0.1 ms of a ~2.5 ms start on an idle machine and over 1 ms on a busy one,
/// where the new thread waits for a processor. Signals and everything else are as on any thread.
func runOnLargeStack(_ body: @escaping @Sendable () -> Never) -> Never {
    let box = Unmanaged.passRetained(ProgramBody(body)).toOpaque()
    _ = dossier_run_on_new_stack(1 << 30, largeStackEntry, box)
    // Not reached unless the stack could not be mapped: run on the main thread's stack.
    Unmanaged<ProgramBody>.fromOpaque(box).takeRetainedValue().run()
}

/// The program handed to the new stack.
private final class ProgramBody: @unchecked Sendable {
    let run: @Sendable () -> Never
    init(_ run: @escaping @Sendable () -> Never) { self.run = run }
}

/// The new stack's first Swift frame: a plain function, so no actor isolation is assumed.
private func largeStackEntry(_ argument: UnsafeMutableRawPointer?) {
    Unmanaged<ProgramBody>.fromOpaque(argument!).takeRetainedValue().run()
}
