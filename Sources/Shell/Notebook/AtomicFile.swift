import Glibc

/// Writes a whole file so that a crash at any moment leaves either the old file or the new one:
/// the bytes go to a temporary file in the same directory (made by `mkstemp`), are flushed to
/// disk with `fsync`, and the temporary file is renamed over the target. The target itself is
/// never opened for writing.
///
/// A symbolic link is written through, as editors do: its final target is replaced atomically
/// and the link stays a link. Anything that is not a regular file (a device, a pipe, a socket, a
/// directory) is refused. `:save`, `:export`, `replay --update` and `dossier export` write through
/// here (the history has the same temporary-file-and-rename scheme in CEditLineShim).
enum AtomicFile {
    /// A file's identity: two paths name the same file when these agree, however they are spelt.
    struct Identity: Hashable {
        var device: UInt
        var inode: UInt
    }

    /// Writes `bytes` to `path`; on failure nothing at `path` has changed and the error says why.
    static func write(_ bytes: [UInt8], to path: String) -> Result<Void, ShellError> {
        let target: String
        switch resolve(path) {
        case .success(let t): target = t
        case .failure(let error): return .failure(error)
        }
        let (directory, base) = split(target)
        guard !base.isEmpty else { return .failure(ShellError(path: path, reason: "the name is a directory, not a file")) }
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, let refusal = refusal(info, path: path) { return .failure(refusal) }
        var template = Array((directory + "/." + base + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return .failure(reason(path, directory: directory, errno: errno)) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Held while the file is written: a temporary file nobody holds was left by a killed save.
        _ = flock(fd, LOCK_EX | LOCK_NB)
        func fail(_ code: Int32) -> Result<Void, ShellError> {
            unlink(temporary)
            close(fd)
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
        if rename(temporary, target) != 0 { return fail(errno) }
        if close(fd) != 0 { return .failure(reason(path, directory: directory, errno: errno)) }
        // Make the rename itself durable.
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 { fsync(dirfd); close(dirfd) }
        removeStaleTemporaries(directory: directory, base: base)
        return .success(())
    }

    /// The file a write to `path` replaces: `path` itself, or the end of its chain of symbolic
    /// links (which may not exist yet).
    static func resolve(_ path: String) -> Result<String, ShellError> {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return .failure(ShellError(path: path, errno: errno)) }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).directory + "/" + link
        }
        return .failure(ShellError(path: path, errno: ELOOP))
    }

    /// Why a file of this kind is not replaced, or nil for a regular file.
    static func refusal(_ info: stat, path: String) -> ShellError? {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return ShellError(path: path, errno: EISDIR)
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFIFO: kind = "a pipe"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        return ShellError(path: path, reason: "it is \(kind), not a regular file; Dossier writes only regular files")
    }

    /// The identity of the file at `path` (through symbolic links), or nil when there is none.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt(info.st_dev), inode: UInt(info.st_ino))
    }

    /// Removes `.BASE.XXXXXX` files (`BASE.XXXXXX` when not `hidden`, as the history's saves
    /// make) beside `base` that a killed save left: nobody holds their lock and they are over a
    /// minute old (older Dossiers did not lock them; a save takes milliseconds).
    static func removeStaleTemporaries(directory: String, base: String, hidden: Bool = true) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = (hidden ? "." : "") + base + "."
        let now = time(nil)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasPrefix(prefix), name.utf8.count == prefix.utf8.count + 6 else { continue }
            let full = directory + "/" + name
            let fd = open(full, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == getuid(),
               now - info.st_mtim.tv_sec > 60, flock(fd, LOCK_EX | LOCK_NB) == 0 {
                unlink(full)
            }
            close(fd)
        }
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
        case EFBIG: return ShellError(path: path, reason: "\(text) (the file-size limit, ulimit -f, was reached; nothing was changed)")
        default: return ShellError(path: path, reason: text)
        }
    }
}
