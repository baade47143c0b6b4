import Notebook
import Synchronization

/// The control channel, on its own thread so that it answers while a cell runs: `interrupt`
/// cancels the running `:simulate` or `:table` (as Ctrl-C does in the shell), `shutdown` ends
/// the kernel (or, with `restart`, lets the frontend start a fresh one), `kernel_info` answers.
final class ControlChannel: Sendable {
    let socket: ZMQSocket
    let replier: Replier
    let publisher: Publisher
    /// Set by `interrupt_request` and `shutdown_request`; the session polls it during long work.
    let interrupted: InterruptFlag
    /// Tells the shell loop (over `inproc://`) that a shutdown was asked for.
    let wake: ZMQSocket

    init(socket: ZMQSocket, signer: Signer, session: String, publisher: Publisher, interrupted: InterruptFlag, wake: ZMQSocket) {
        self.socket = socket
        self.replier = Replier(socket: socket, signer: signer, session: session)
        self.publisher = publisher
        self.interrupted = interrupted
        self.wake = wake
    }

    /// Answers control requests until a shutdown or the context ends; closes its sockets.
    func run(kernelInfo: JSONValue) {
        defer {
            socket.close()
            wake.close()
        }
        while true {
            let frames: [[UInt8]]
            do throws(ZMQSocket.Failure) {
                frames = try socket.receive()
            } catch {
                if error.isTerminated { return }
                continue
            }
            guard case .success(let request) = WireMessage.decode(frames, signer: replier.signer) else { continue }
            publisher.status("busy", parent: request.header)
            switch request.type {
            case "interrupt_request":
                interrupted.set()
                replier.reply(to: request, "interrupt_reply", .object([("status", .string("ok"))]))
            case "shutdown_request":
                let restart = request.content["restart"]?.bool ?? false
                interrupted.set()
                replier.reply(to: request, "shutdown_reply", .object([("restart", .bool(restart)), ("status", .string("ok"))]))
                publisher.status("idle", parent: request.header)
                _ = try? wake.send([Array("shutdown".utf8)])
                return
            case "kernel_info_request":
                replier.reply(to: request, "kernel_info_reply", kernelInfo)
            default:
                // Unknown control requests (debug_request...) get no reply, as the protocol allows.
                break
            }
            publisher.status("idle", parent: request.header)
        }
    }
}

/// The interrupt request, set by the control thread and polled by the session's long work.
final class InterruptFlag: Sendable {
    private let value = Atomic<Bool>(false)

    /// Whether an interrupt (or shutdown) was asked for since the last `clear`.
    var isSet: Bool { value.load(ordering: .relaxed) }
    /// Asks the running work to stop.
    func set() { value.store(true, ordering: .relaxed) }
    /// Cleared before each execution.
    func clear() { value.store(false, ordering: .relaxed) }
}
