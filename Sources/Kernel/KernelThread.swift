import Glibc

/// A POSIX thread running a closure (the heartbeat and the control channel), joined at shutdown.
struct KernelThread {
    private let thread: pthread_t

    /// Starts `body` on a new thread; nil when the system cannot make one.
    static func start(_ body: @escaping @Sendable () -> Void) -> KernelThread? {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        guard pthread_create(&thread, nil, { argument in
            Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
            return nil
        }, box) == 0 else {
            Unmanaged<Body>.fromOpaque(box).release()
            return nil
        }
        return KernelThread(thread: thread)
    }

    /// Waits for the thread to end.
    func join() {
        pthread_join(thread, nil)
    }

    private final class Body: @unchecked Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
