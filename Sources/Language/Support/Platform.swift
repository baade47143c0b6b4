#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library functions the language core uses, behind one `#if` for the platforms.
enum Platform {
    /// `x` to the power `y` (C's `pow`).
    @inline(__always)
    static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }

    /// Whether `count` bytes at `a` and `b` are equal (C's `memcmp`).
    @inline(__always)
    static func equalBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool { memcmp(a, b, count) == 0 }
}
