import CJupyter
import Glibc

/// A ZeroMQ socket (libzmq loaded by `CJupyter`): bind, send and receive multipart messages.
///
/// A socket belongs to one thread at a time, as ZeroMQ requires; the publisher shared by two
/// threads is guarded by `Publisher`'s lock.
struct ZMQSocket: @unchecked Sendable {
    /// libzmq's handle.
    let handle: UnsafeMutableRawPointer

    /// A ZeroMQ failure, with libzmq's message.
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let description: String

        init(_ what: String) {
            code = dz_errno()
            description = what + ": " + String(cString: dz_strerror(code))
        }

        /// The context was shut down (ETERM): the owning thread should close its socket and stop.
        var isTerminated: Bool { code == ETERM }
    }

    /// A new socket of `type` (ZMQ_ROUTER, ZMQ_PUB, ...) in `context`, with a bounded linger so
    /// closing never waits long for a peer that has gone.
    init(_ context: UnsafeMutableRawPointer, type: Int32) throws(Failure) {
        guard let h = dz_socket(context, type) else { throw Failure("cannot create a socket") }
        handle = h
        _ = dz_setsockopt_int(h, ZMQ_LINGER, 1000)
    }

    /// Binds to `endpoint` (`tcp://127.0.0.1:5555`, `ipc://path`, `inproc://name`).
    func bind(_ endpoint: String) throws(Failure) {
        guard dz_bind(handle, endpoint) == 0 else { throw Failure("cannot bind \(endpoint)") }
    }

    /// Connects to `endpoint`.
    func connect(_ endpoint: String) throws(Failure) {
        guard dz_connect(handle, endpoint) == 0 else { throw Failure("cannot connect to \(endpoint)") }
    }

    /// Sends `frames` as one multipart message.
    func send(_ frames: [[UInt8]]) throws(Failure) {
        for (i, frame) in frames.enumerated() {
            let flags = i + 1 < frames.count ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { dz_send(handle, $0.baseAddress, $0.count, flags) }
            if sent < 0 {
                if dz_errno() == EINTR { continue }
                throw Failure("cannot send")
            }
        }
    }

    /// Receives one multipart message (blocking), retrying when a signal interrupts the wait.
    func receive() throws(Failure) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        while true {
            var data: UnsafeMutablePointer<UInt8>?
            var size = 0
            let more = dz_recv(handle, &data, &size, 0)
            if more < 0 {
                if dz_errno() == EINTR && frames.isEmpty { continue }
                throw Failure("cannot receive")
            }
            frames.append(Array(UnsafeBufferPointer(start: data, count: size)))
            dz_free(data)
            if more == 0 { return frames }
        }
    }

    /// Closes the socket.
    func close() {
        _ = dz_close(handle)
    }

    /// Waits until one of `sockets` has a message to read; returns their indices (empty on EINTR).
    static func poll(_ sockets: [ZMQSocket], timeout: Int = -1) throws(Failure) -> [Int] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let n = dz_poll(&items, Int32(items.count), timeout)
        if n < 0 {
            if dz_errno() == EINTR { return [] }
            throw Failure("cannot poll")
        }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
