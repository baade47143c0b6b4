/// CRC-32 (IEEE 802.3, the zlib polynomial), to tell a journal entry torn by a crash from a whole one.
struct CRC32 {
    /// The lookup table for the reflected polynomial 0xEDB88320.
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The running value (kept inverted, as the algorithm does).
    private var value: UInt32 = 0xFFFF_FFFF

    /// Feeds bytes.
    mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { value = Self.table[Int((value ^ UInt32(b)) & 0xFF)] ^ (value >> 8) }
    }

    /// The checksum of everything fed so far.
    var checksum: UInt32 { value ^ 0xFFFF_FFFF }

    /// The checksum of `bytes`.
    static func of<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.checksum
    }
}
