import Notebook

/// One Jupyter message as it travels over ZeroMQ (messaging protocol 5.3):
///
///     [identities…, "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers…]
///
/// The signature is the hex HMAC-SHA256 of the four JSON frames under the connection key.
struct WireMessage {
    /// The routing identities of the peer (ROUTER sockets), sent back with the reply.
    var identities: [[UInt8]] = []
    /// `msg_id`, `session`, `username`, `date`, `msg_type`, `version`.
    var header: JSONValue
    /// The header of the request this message answers (`{}` for none).
    var parent: JSONValue
    /// Free-form metadata.
    var metadata: JSONValue = .object([])
    /// The message type's content.
    var content: JSONValue

    static let delimiter = Array("<IDS|MSG>".utf8)

    /// The header's `msg_type`.
    var type: String { header["msg_type"]?.string ?? "" }

    /// Reads a received message, checking its signature; nil (and why) when it is malformed or
    /// signed with another key.
    static func decode(_ frames: [[UInt8]], signer: Signer) -> Result<WireMessage, KernelError> {
        guard let split = frames.firstIndex(of: delimiter), frames.count >= split + 6 else {
            return .failure(KernelError("a message without the <IDS|MSG> delimiter and its five frames"))
        }
        let parts = Array(frames[(split + 2)...(split + 5)])
        guard signer.verify(frames[split + 1], parts) else { return .failure(KernelError("a message with a bad signature (ignored)")) }
        do throws(JSONParser.Failure) {
            return .success(WireMessage(
                identities: Array(frames[..<split]), header: try JSONParser.parse(parts[0]), parent: try JSONParser.parse(parts[1]),
                metadata: try JSONParser.parse(parts[2]), content: try JSONParser.parse(parts[3])))
        } catch {
            return .failure(KernelError("a message whose JSON is malformed: \(error.message)"))
        }
    }

    /// The frames to send, signed.
    func encode(signer: Signer) -> [[UInt8]] {
        let parts = [header, parent, metadata, content].map { Array($0.compact.utf8) }
        return identities + [Self.delimiter, signer.sign(parts)] + parts
    }
}
