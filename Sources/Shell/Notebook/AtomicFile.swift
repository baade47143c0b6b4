import Glibc

/// Writes a whole file so that a crash at any moment leaves either the old file or the new one:
/// the bytes go to a temporary file in the same directory (made by `mkstemp`), are flushed to
/// disk with `fsync`, and the temporary file is renamed over the target. The target itself is
/// never opened for writing.
enum AtomicFile {
    /// Writes `bytes` to `path`; on failure nothing at `path` has changed and the error says why.
    static func write(_ bytes: [UInt8], to path: String) -> Result<Void, ShellError> {
        let (directory, base) = split(path)
        guard !base.isEmpty else { return .failure(ShellError(path: path, reason: "the name is a directory, not a file")) }
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ShellError(path: path, errno: EISDIR)) }
        var template = Array((directory + "/." + base + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return .failure(reason(path, directory: directory, errno: errno)) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ code: Int32) -> Result<Void, ShellError> {
            close(fd)
            unlink(temporary)
            return .failure(reason(path, directory: directory, errno: code))
        }
        // Keep an existing file's permissions; a new one gets the usual 0666 less the umask.
        let mode: mode_t
        if exists { mode = info.st_mode & 0o7777 } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        if fchmod(fd, mode) != 0 { return fail(errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                return fail(errno)
            }
            written += n
        }
        if fsync(fd) != 0 { return fail(errno) }
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            return .failure(reason(path, directory: directory, errno: code))
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            return .failure(reason(path, directory: directory, errno: code))
        }
        // Make the rename itself durable.
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 { fsync(dirfd); close(dirfd) }
        return .success(())
    }

    /// The directory (`.` when none is named) and the file name of `path`.
    static func split(_ path: String) -> (directory: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The reason for a failed write, naming the directory when it is the directory's fault.
    static func reason(_ path: String, directory: String, errno code: Int32) -> ShellError {
        let text = String(cString: strerror(code))
        switch code {
        case EACCES, EROFS, EPERM: return ShellError(path: path, reason: "\(text) (the directory \(directory) cannot be written to)")
        case ENOENT, ENOTDIR: return ShellError(path: path, reason: "\(text) (the directory \(directory) does not exist)")
        case ENOSPC, EDQUOT: return ShellError(path: path, reason: "\(text) (the disk is full; nothing was changed)")
        default: return ShellError(path: path, reason: text)
        }
    }
}
