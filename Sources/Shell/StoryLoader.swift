import BuiltinData
import Glibc
import Language
import Session
import Story

/// Loads the story a session explores: the built-in one, or a data file named on the command line.
public enum StoryLoader {
    /// Reads and checks the data file at `path`; the error text is ready to print (one
    /// `FILE:LINE: field: message` line per problem, or why the file cannot be read).
    public static func load(path: String) -> Result<Story, StoryFileError> {
        LargeStoryHeap.prepare(forFileAt: path)
        let bytes: [UInt8]
        // Read no more than a story may hold; the bytes go to the reader unrepaired, so invalid
        // UTF-8 is refused with its line instead of silently becoming U+FFFD.
        switch FileBytes.read(path: path, limit: StoryReader.maximumSize) {
        case .success(let b): bytes = b
        case .failure(let error): return .failure(StoryFileError(message: "dossier: \(error)"))
        }
        let story: Story
        do throws(StoryLoadError) {
            story = try StoryReader.read(bytes: bytes, fileName: path)
        } catch {
            return .failure(StoryFileError(message: error.description))
        }
        // Units and check formulas are the language's to read: checked now, so a bad story is
        // refused whole, naming the line, instead of half-loading.
        let problems = Session(story: story, options: SessionOptions(color: false)).storyProblems()
        guard problems.isEmpty else {
            return .failure(StoryFileError(message: StoryLoadError(fileName: path, issues: problems).description))
        }
        return .success(story)
    }

    /// The built-in story (StoryTests check it loads; should a build break it, the error is
    /// reported like a story file's, not as a crash).
    public static func builtin() -> Result<Story, StoryFileError> {
        do throws(StoryLoadError) {
            return .success(try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName))
        } catch {
            return .failure(StoryFileError(message: error.description))
        }
    }
}

extension StoryLoader {
    /// The built-in story for a session that reads it on first use. Should a build break it, the
    /// error is reported as a story file's would be and the process exits with the usage status,
    /// as it would have at start.
    public static func builtinOrExit(output: Output) -> Story {
        switch builtin() {
        case .success(let story): return story
        case .failure(let error):
            output.error(error.message)
            exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Readies the heap for reading a large story file (a megabyte or more: some 5,000 facts).
///
/// Reading a story builds about ten times the file's size in arrays and strings, all touched once;
/// on a virtual machine each first touch of a 4 KiB page is a fault costing microseconds (a
/// 10,000-fact story made 4,300 of them, 20 ms of its 50). So, as `HeapPages` does for long
/// scripts: arrays of any size come from the heap (not each from its own mapping), the heap grows
/// now by ten times the file (address space only), and that stretch is advised for 2 MiB pages
/// before anything touches it. Nothing changes for a small story, or if the system refuses.
enum LargeStoryHeap {
    /// The file size from which the heap is readied.
    static let threshold = 1 << 20

    static func prepare(forFileAt path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= threshold,
              info.st_size <= StoryReader.maximumSize else { return }
        // Allocations below 32 MiB from the heap (glibc's own ceiling for this setting).
        HeapPages.mallocOption(-3 /* M_MMAP_THRESHOLD */, 32 << 20)
        HeapPages.start()
        // Grow the heap by allocating and freeing a block: the top of the heap keeps the room
        // (M_TOP_PAD, set by `start`), now advised. (The block is handed to a function the
        // compiler cannot see into; an allocation freed unused would be optimised away.)
        if let block = malloc(10 * Int(info.st_size)) {
            _ = glibcMallocUsableSize(block)
            free(block)
        }
        HeapPages.advise()
    }
}

/// glibc's `malloc_usable_size` (declared in malloc.h, which the Glibc module does not include).
@_silgen_name("malloc_usable_size")
private func glibcMallocUsableSize(_ pointer: UnsafeMutableRawPointer) -> Int

/// Why a story file could not be loaded, as the text to print.
public struct StoryFileError: Error {
    /// One or more lines naming the file, line and field.
    public var message: String
}

/// Whole-file reads with Glibc (no Foundation in the binary).
enum FileBytes {
    /// Opens `path` for reading; a directory is refused here rather than failing on the first read.
    static func open(path: String) -> Result<Int32, ShellError> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ShellError(path: path, errno: errno)) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            return .failure(ShellError(path: path, errno: EISDIR))
        }
        return .success(fd)
    }

    /// The file's bytes, or why they cannot be read; a file over `limit` bytes is refused
    /// after reading `limit + 1` of them (so a huge file is not read whole).
    static func read(path: String, limit: Int = Int.max) -> Result<[UInt8], ShellError> {
        let fd: Int32
        switch open(path: path) {
        case .success(let f): fd = f
        case .failure(let error): return .failure(error)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        // A regular file is read straight into an array of its size (and one byte more, which
        // tells a file that grew meanwhile); the rest, if any, in chunks.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            let capacity = min(Int(info.st_size), limit) + 1
            var failure: ShellError?
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while count < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, capacity - count)
                    if n == 0 { return }
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = ShellError(path: path, errno: errno)
                        return
                    }
                    count += n
                }
            }
            if let failure { return .failure(failure) }
            if bytes.count > limit { return .failure(ShellError(path: path, reason: "the file is larger than \(limit) bytes")) }
            if bytes.count < capacity { return .success(bytes) }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return .success(bytes) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ShellError(path: path, errno: errno))
            }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { return .failure(ShellError(path: path, reason: "the file is larger than \(limit) bytes")) }
        }
    }
}
