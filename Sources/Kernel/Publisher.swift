import Notebook
import Synchronization

/// The IOPub channel: status, inputs, results, streams and errors broadcast to every frontend.
///
/// The shell loop and the control thread both publish (each request is wrapped in busy/idle),
/// and a ZeroMQ socket must not be used by two threads at once, so sends take a lock.
final class Publisher: Sendable {
    private let socket: Mutex<ZMQSocket>
    private let signer: Signer
    private let session: String

    init(socket: ZMQSocket, signer: Signer, session: String) {
        self.socket = Mutex(socket)
        self.signer = signer
        self.session = session
    }

    /// Publishes a message of `type` with `content`, as a child of the request `parent`.
    func publish(_ type: String, _ content: JSONValue, parent: JSONValue) {
        let message = WireMessage(identities: [Array("kernel.\(session).\(type)".utf8)],
                                  header: MessageHeader.make(type, session: session), parent: parent, content: content)
        let frames = message.encode(signer: signer)
        socket.withLock { socket in
            // A frontend that has gone cannot be told; the request still gets its reply.
            _ = try? socket.send(frames)
        }
    }

    /// `status`: `busy` or `idle` (or `starting`).
    func status(_ state: String, parent: JSONValue) {
        publish("status", .object([("execution_state", .string(state))]), parent: parent)
    }

    /// Closes the socket (at shutdown, after the last message).
    func close() {
        socket.withLock { $0.close() }
    }
}

/// Sends replies on one ROUTER channel (shell or control) from the thread that owns it.
struct Replier {
    let socket: ZMQSocket
    let signer: Signer
    let session: String

    /// Sends `type` with `content` back to the peer that sent `request`.
    func reply(to request: WireMessage, _ type: String, _ content: JSONValue, metadata: JSONValue = .object([])) {
        let message = WireMessage(identities: request.identities, header: MessageHeader.make(type, session: session),
                                  parent: request.header, metadata: metadata, content: content)
        _ = try? socket.send(message.encode(signer: signer))
    }
}
