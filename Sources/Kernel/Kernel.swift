import CJupyter
import Glibc
import Language
import Notebook
import Session
import Shell
import Story

/// `dossier kernel -f CONNECTION_FILE`: Dossier as a Jupyter kernel (messaging protocol 5.3).
///
/// Five ZeroMQ sockets: shell (ROUTER; requests run in order on the calling thread, which has
/// the large stack evaluation needs), control (ROUTER, on its own thread so that interrupt and
/// shutdown are answered while a cell runs), IOPub (PUB), stdin (ROUTER; Dossier never asks for
/// input) and heartbeat (REP, echoed by `zmq_proxy` on a third thread). Each cell runs in one
/// session, as the shell's inputs do.
public final class Kernel {
    let connection: ConnectionInfo
    let signer: Signer
    /// This kernel process's session id (the `session` of every header it sends).
    let id = MessageHeader.uuid()
    let runner: CellRunner
    /// Counts the executions that store history (`In [n]`).
    var executionCount = 0
    /// The cells run, for `history_request`.
    var executions: [Execution] = []

    /// One cell run: its number, code and the text its results printed.
    struct Execution {
        let count: Int
        let code: String
        let output: String
    }

    init(connection: ConnectionInfo, session: Session) {
        self.connection = connection
        self.signer = Signer(key: Array(connection.key.utf8))
        self.runner = CellRunner(session: session, notebook: FileNotebookServices(journaling: false))
    }

    /// Runs the kernel described by the connection file at `path` until a shutdown request, on
    /// the story in `storyFile` (nil: the built-in one); returns the exit status.
    public static func run(connectionFile path: String, storyFile: String?, seed: UInt64?) -> Int32 {
        let output = Output()
        if let missing = dz_load() {
            output.error("dossier kernel: \(String(cString: missing))")
            return ExitStatus.usage.rawValue
        }
        let text: String
        switch FileAccess.read(path) {
        case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
        case .failure(let failure):
            output.error(failure.message)
            return ExitStatus.usage.rawValue
        }
        let connection: ConnectionInfo
        switch ConnectionInfo.parse(text) {
        case .success(let c): connection = c
        case .failure(let error):
            output.error("error[io]: \(path): \(error)")
            return ExitStatus.usage.rawValue
        }
        var story: Story?
        if let storyFile {
            switch StoryLoader.load(path: storyFile) {
            case .success(let s): story = s
            case .failure(let error):
                output.error(error.message)
                return ExitStatus.usage.rawValue
            }
        }
        // The frontend interrupts by message; a Ctrl-C meant for the terminal that started
        // Jupyter must not end the kernel.
        signal(SIGINT, SIG_IGN)
        let flag = InterruptFlag()
        var options = SessionOptions(color: false, isInterrupted: { flag.isSet })
        if let seed { options.seed = seed }
        let session = story.map { Session(story: $0, options: options) }
            ?? Session(storyLoader: { StoryLoader.builtinOrExit(output: output) }, options: options)
        let kernel = Kernel(connection: connection, session: session)
        do throws(ZMQSocket.Failure) {
            try kernel.serve(flag: flag)
        } catch {
            output.error("dossier kernel: \(error)")
            return ExitStatus.commandFailed.rawValue
        }
        return ExitStatus.success.rawValue
    }

    /// Binds the sockets, starts the heartbeat and control threads, and answers shell requests
    /// until the control channel asks for a shutdown; then closes everything in order.
    func serve(flag: InterruptFlag) throws(ZMQSocket.Failure) {
        guard let context = dz_ctx_new() else { throw ZMQSocket.Failure("cannot create a ZeroMQ context") }
        let shell = try ZMQSocket(context, type: ZMQ_ROUTER)
        let iopub = try ZMQSocket(context, type: ZMQ_PUB)
        let stdin = try ZMQSocket(context, type: ZMQ_ROUTER)
        let control = try ZMQSocket(context, type: ZMQ_ROUTER)
        let heartbeat = try ZMQSocket(context, type: ZMQ_REP)
        let wakeIn = try ZMQSocket(context, type: ZMQ_PAIR)
        let wakeOut = try ZMQSocket(context, type: ZMQ_PAIR)
        try shell.bind(connection.endpoint(connection.shellPort))
        try iopub.bind(connection.endpoint(connection.iopubPort))
        try stdin.bind(connection.endpoint(connection.stdinPort))
        try control.bind(connection.endpoint(connection.controlPort))
        try heartbeat.bind(connection.endpoint(connection.hbPort))
        try wakeIn.bind("inproc://dossier-wake")
        try wakeOut.connect("inproc://dossier-wake")

        let publisher = Publisher(socket: iopub, signer: signer, session: id)
        let channel = ControlChannel(socket: control, signer: signer, session: id, publisher: publisher, interrupted: flag, wake: wakeOut)
        let info = KernelInfo.content
        let beat = KernelThread.start { _ = dz_proxy(heartbeat.handle, heartbeat.handle); heartbeat.close() }
        let controlThread = KernelThread.start { channel.run(kernelInfo: info) }
        publisher.status("starting", parent: .object([]))

        let replier = Replier(socket: shell, signer: signer, session: id)
        serving: while true {
            let ready = try ZMQSocket.poll([shell, wakeIn])
            if ready.contains(1) { break serving }
            guard ready.contains(0) else { continue }
            let frames = try shell.receive()
            guard case .success(let request) = WireMessage.decode(frames, signer: signer) else { continue }
            publisher.status("busy", parent: request.header)
            handle(request, replier: replier, publisher: publisher, flag: flag)
            publisher.status("idle", parent: request.header)
        }
        shell.close()
        stdin.close()
        wakeIn.close()
        publisher.close()
        // Ends the heartbeat's proxy; the control thread has already closed its socket.
        _ = dz_ctx_shutdown(context)
        beat?.join()
        controlThread?.join()
        _ = dz_ctx_term(context)
    }
}
