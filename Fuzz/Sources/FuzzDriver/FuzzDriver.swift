import CLibFuzzer
#if canImport(Glibc)
import Glibc
#endif

/// One fuzz input's handler, as libFuzzer calls it: the input's bytes and their count; returns 0.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Hands the process over to libFuzzer's driver with the program's own arguments (`-runs=N`,
/// `-max_total_time=S`, corpus folders...) and exits with its status.
///
/// SwiftPM makes an executable target's top-level code the program's `main`, so libFuzzer's own
/// `main` is never linked in; each fuzzer's main.swift calls this instead.
public func runLibFuzzer(_ callback: FuzzCallback) -> Never {
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&count, &arguments, callback))
}

/// The input's bytes, copied out of libFuzzer's buffer.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
