import Glibc

/// Asks the kernel to back the heap of a long script run with 2 MiB pages.
///
/// Every line of a script is kept as a cell (its input and output, for `:save`), so a 100,000-line
/// script grows the heap by ~20 MB; on a virtual machine each first touch of a 4 KiB page is a
/// fault costing microseconds — a third of the whole run was page faults (7,400 of them; 370
/// with huge pages). Transparent huge pages are usually enabled only for memory that asks
/// (`madvise` mode), so the reader of a script asks: malloc grows the heap in steps of at least
/// 32 MiB (address space only; nothing is touched until used), and each new stretch of the heap
/// is advised as it appears. Nothing changes if the system refuses; memory use can round up to
/// the next 2 MiB. The interactive shell never does this.
public enum HeapPages {
    /// The end of the heap already advised.
    nonisolated(unsafe) private static var advisedEnd: UInt = 0
    nonisolated(unsafe) private static var started = false
    private static let hugePage: UInt = 2 << 20

    /// Starts growing the heap in large steps; call once before a long non-interactive read.
    static func start() {
        guard !started, let top = sbrk(0) else { return }
        started = true
        mallocOption(-2 /* M_TOP_PAD */, 32 << 20)
        // What the heap holds now stays as it is; what it grows into from the next 2 MiB boundary on
        // is advised.
        advisedEnd = (UInt(bitPattern: top) + hugePage - 1) & ~(hugePage - 1)
    }

    /// Advises the heap grown since the last call: one `sbrk(0)` (no system call) when it has not.
    @inline(__always)
    static func advise() {
        guard started, let top = sbrk(0) else { return }
        let end = UInt(bitPattern: top) & ~(hugePage - 1)
        guard end > advisedEnd, let p = UnsafeMutableRawPointer(bitPattern: advisedEnd) else { return }
        _ = madvise(p, Int(end - advisedEnd), MADV_HUGEPAGE)
        advisedEnd = end
    }
}

extension HeapPages {
    /// Makes the whole process allocate from one malloc arena, the main heap: a thread's own arena
    /// grows one 4 KiB page per `mprotect` call (4,600 system calls for a 100,000-line script).
    /// For a process where one thread does the work.
    public static func useOneArena() {
        mallocOption(-8 /* M_ARENA_MAX */, 1)
    }

    /// Sets a glibc malloc option (`mallopt`); a refused setting changes nothing.
    static func mallocOption(_ parameter: Int32, _ value: Int32) {
        _ = glibcMallopt(parameter, value)
    }
}

/// glibc's `mallopt` (declared in malloc.h, which the Glibc module does not include).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
