import BuiltinStory
import Glibc
import Story

/// Loads the story a session explores: the built-in one, or a data file named on the command line.
public enum StoryLoader {
    /// Reads and checks the data file at `path`; the error text is ready to print (one
    /// `FILE:LINE: field: message` line per problem, or why the file cannot be read).
    public static func load(path: String) -> Result<Story, StoryFileError> {
        let bytes: [UInt8]
        // Read no more than a story may hold; the bytes go to the reader unrepaired, so invalid
        // UTF-8 is refused with its line instead of silently becoming U+FFFD.
        switch FileBytes.read(path: path, limit: StoryReader.maximumSize) {
        case .success(let b): bytes = b
        case .failure(let error): return .failure(StoryFileError(message: "dossier: \(error)"))
        }
        do throws(StoryLoadError) {
            return .success(try StoryReader.read(bytes: bytes, fileName: path))
        } catch {
            return .failure(StoryFileError(message: error.description))
        }
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
    static func builtinOrExit(output: Output) -> Story {
        switch builtin() {
        case .success(let story): return story
        case .failure(let error):
            output.error(error.message)
            exit(ExitStatus.usage.rawValue)
        }
    }
}

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
        // Room for the whole file at once (it is read into place, not grown by doubling and copying).
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
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
