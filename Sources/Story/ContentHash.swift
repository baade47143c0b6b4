import Synchronization

/// A story's content hash, worked out from the file's bytes when first asked for: most commands
/// never record one (a notebook header does), and SHA-256 of a large story file would be a good
/// part of its load time. Once computed it is kept; reading it is safe from any thread.
final class ContentHash: Sendable {
    /// The bytes still to hash (released once hashed), or nothing for a hash given as text.
    private let state: Mutex<(bytes: [UInt8]?, hash: String?)>

    /// A hash given as it is (`sha256:…`, or anything a caller chose).
    init(_ hash: String) {
        state = Mutex((nil, hash))
    }

    /// The hash of `bytes`, computed on first use.
    init(of bytes: [UInt8]) {
        state = Mutex((bytes, nil))
    }

    /// `sha256:` and 64 lower-case hex digits (or the text it was given).
    var value: String {
        state.withLock { state in
            if let hash = state.hash { return hash }
            let hash = "sha256:" + SHA256.hex(state.bytes ?? [])
            state = (nil, hash)
            return hash
        }
    }
}
