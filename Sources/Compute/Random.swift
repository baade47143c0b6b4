#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// xoshiro256** seeded by SplitMix64: fast, reproducible across runs and machines.
public struct Random: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// A spare standard normal from the last Box–Muller pair.
    private var spare: Double?

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func next() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next(); s1 = next(); s2 = next(); s3 = next()
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func nextBits() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform double in (0, 1): never exactly 0, so its logarithm is finite.
    @inline(__always)
    public mutating func nextUnit() -> Double {
        (Double(nextBits() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Fills `buffer` with standard normal draws (Box–Muller, both values of each pair used).
    public mutating func fillStandardNormal(_ buffer: UnsafeMutableBufferPointer<Double>) {
        var i = 0
        let n = buffer.count
        if let s = spare, n > 0 { buffer[0] = s; spare = nil; i = 1 }
        while i + 1 < n {
            let u1 = nextUnit(), u2 = nextUnit()
            let r = sqrt(-2 * log(u1))
            let theta = 2 * Double.pi * u2
            buffer[i] = r * cos(theta)
            buffer[i + 1] = r * sin(theta)
            i += 2
        }
        if i < n {
            let u1 = nextUnit(), u2 = nextUnit()
            let r = sqrt(-2 * log(u1))
            let theta = 2 * Double.pi * u2
            buffer[i] = r * cos(theta)
            spare = r * sin(theta)
        }
    }
}
