import Glibc
import Shell

/// Runs `body`, which ends the process: directly in a release build, and on a thread with a
/// 256 MiB stack in a debug build.
///
/// The parser and the evaluator bound their recursion (`Parser.maxDepth`, `Evaluator.maxNesting`)
/// so that a release build stays well inside the main thread's default 8 MB stack; an unoptimised
/// build spends many times more stack per level, so it gets a plain thread with room to spare.
func runOnLargeStack(_ body: @escaping @Sendable () -> Never) -> Never {
    #if DEBUG
    let box = Unmanaged.passRetained(ProgramBody(body)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 256 << 20)
    var thread = pthread_t()
    let started = pthread_create(&thread, &attributes, largeStackThreadEntry, box)
    pthread_attr_destroy(&attributes)
    if started != 0 { Unmanaged<ProgramBody>.fromOpaque(box).takeRetainedValue().run() }
    pthread_join(thread, nil)
    exit(0)  // not reached: the body exits the process
    #else
    body()
    #endif
}

/// The program handed to the thread.
private final class ProgramBody: @unchecked Sendable {
    let run: @Sendable () -> Never
    init(_ run: @escaping @Sendable () -> Never) { self.run = run }
}

/// The thread's entry point.
private func largeStackThreadEntry(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ProgramBody>.fromOpaque(argument!).takeRetainedValue().run()
}
