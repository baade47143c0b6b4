import CJupyter

/// Signs and checks messages with HMAC-SHA256 under the connection key (libsodium).
struct Signer: Sendable {
    /// The key's bytes; empty means messages are neither signed nor checked.
    let key: [UInt8]

    /// The lower-case hex HMAC of `parts` concatenated (empty when there is no key).
    func sign(_ parts: [[UInt8]]) -> [UInt8] {
        guard !key.isEmpty else { return [] }
        let digest = hmac(parts)
        let hex = Array("0123456789abcdef".utf8)
        return digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }
    }

    /// Whether `signature` is the hex HMAC of `parts` (compared in constant time).
    func verify(_ signature: [UInt8], _ parts: [[UInt8]]) -> Bool {
        guard !key.isEmpty else { return true }
        let expected = sign(parts)
        guard signature.count == expected.count else { return false }
        return dz_memcmp(signature, expected, expected.count) == 0
    }

    private func hmac(_ parts: [[UInt8]]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let data = parts.flatMap { $0 }
        dz_hmac_sha256(key, key.count, data, data.count, &digest)
        return digest
    }
}
