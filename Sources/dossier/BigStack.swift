import CStack
import Glibc
import Shell

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
/// where the new thread waits for a processor. Where CStack cannot switch (a processor other than
/// x86-64 and arm64), the program runs on a thread with a 1 GiB stack instead.
func runOnLargeStack(_ body: @escaping @Sendable () -> Never) -> Never {
    let box = Unmanaged.passRetained(ProgramBody(body)).toOpaque()
    _ = dossier_run_on_new_stack(1 << 30, largeStackEntry, box)
    // Only reached when the main thread could not switch stacks.
    runOnLargeStackThread(box)
}

/// The fallback: a thread with a 1 GiB stack, or the main thread's own stack if there is none.
private func runOnLargeStackThread(_ box: UnsafeMutableRawPointer) -> Never {
    // The work thread allocates from the main heap (only it allocates, so nothing contends).
    HeapPages.useOneArena()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let started = pthread_create(&thread, &attributes, largeStackThreadEntry, box)
    pthread_attr_destroy(&attributes)
    if started != 0 { Unmanaged<ProgramBody>.fromOpaque(box).takeRetainedValue().run() }
    pthread_join(thread, nil)
    exit(0)  // not reached: the body exits the process
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

/// The fallback thread's entry point.
private func largeStackThreadEntry(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ProgramBody>.fromOpaque(argument!).takeRetainedValue().run()
}
