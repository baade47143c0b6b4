import Glibc
import Language
import Notebook

/// Reading and writing notebook files, with their errors rendered the way Dossier prints errors.
enum NotebookFile {
    /// Reads and parses the notebook at `path` (its cells kept as places in its bytes, made into
    /// values when asked for), or throws the error to print.
    static func read(_ path: String) throws(FileFailure) -> RecordedNotebook {
        let bytes: [UInt8]
        do throws(ShellError) {
            bytes = try readBytes(path: path, limit: NotebookReader.maximumBytes)
        } catch {
            throw FileFailure("error[io]: \(error)")
        }
        do throws(NotebookError) {
            return try NotebookReader.read(bytes: bytes, fileName: path)
        } catch {
            throw FileFailure("error[io]: \(error.description)")
        }
    }

    /// The file's bytes, as `FileBytes.read` gives them (the same errors, and a file over `limit`
    /// bytes refused after reading `limit + 1`), read straight into one buffer sized from the
    /// file's length: a notebook of 10,000 cells is a megabyte, which growing an array chunk by
    /// chunk copies several times over.
    static func readBytes(path: String, limit: Int) throws(ShellError) -> [UInt8] {
        let fd: Int32
        switch FileBytes.open(path: path) {
        case .success(let f): fd = f
        case .failure(let error): throw error
        }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        // One byte more than the file should hold, so that its end (or its excess) is seen.
        let capacity = min(size, limit) + 1
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            while initialized < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if n == 0 { return }
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                initialized += n
            }
        }
        if let failure { throw ShellError(path: path, errno: failure) }
        guard bytes.count == capacity else { return bytes }
        // The file is longer than it said (it is growing, or not a regular file): read on.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if bytes.count > limit { throw ShellError(path: path, reason: "the file is larger than \(limit) bytes") }
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 {
                if errno == EINTR { continue }
                throw ShellError(path: path, errno: errno)
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes `text` to `path` atomically, or gives the error to print.
    static func write(_ text: String, to path: String) -> Result<Void, FileFailure> {
        AtomicFile.write(Array(text.utf8), to: path).mapError { error in
            FileFailure("error[io]: cannot write \(VisibleText.of(error.path)): \(error.reason)")
        }
    }

    /// Writes a notebook: as `write`, but a notebook larger than Dossier reads back is refused
    /// (what Dossier writes, Dossier reads).
    static func writeNotebook(_ text: String, to path: String) -> Result<Void, FileFailure> {
        let size = text.utf8.count
        guard size <= NotebookReader.maximumBytes else {
            return .failure(FileFailure("error[limit]: cannot write \(VisibleText.of(path)): the notebook would be \(grouped(size)) bytes, "
                + "and Dossier reads notebooks of at most \(grouped(NotebookReader.maximumBytes)) bytes (16 MiB); nothing was written\n"
                + "  = help: save part of the work in a new session, or shorten long outputs"))
        }
        return write(text, to: path)
    }

    /// Whether the file at `path` is empty (an empty file holds no one's work).
    static func isEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size == 0
    }

    /// 12,345,678.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// `FILE` with its extension replaced by `ext` (or added, when it has none).
    static func replacingExtension(_ path: String, with ext: String) -> String {
        let (_, base) = AtomicFile.split(path)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex {
            return String(path.dropLast(base.distance(from: dot, to: base.endIndex))) + "." + ext
        }
        return path + "." + ext
    }
}

/// A notebook action that failed, as the text to print.
public struct FileFailure: Error {
    /// The rendered error (`error[io]: ...`).
    public var message: String

    init(_ message: String) { self.message = message }
}
