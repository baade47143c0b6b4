import Glibc
import Language
import Notebook

/// This process's crash journal, and the journals other Dossier processes left behind.
///
/// Journals live in `$XDG_STATE_HOME/dossier/` (or `~/.local/state/dossier/`), one per process,
/// named `journal-PID-TIME`, so two sessions at once never write the same file. Each cell is
/// appended with one `write` as it is entered, so `kill -9` loses nothing the kernel has seen.
/// Each process holds a lock on its journal while it runs; a journal nobody holds is a lost
/// session, ready for `--recover`.
final class JournalStore {
    /// The directory holding the journals, or nil when there is no home to put it in.
    let directory: String?
    /// This process's journal file.
    let path: String?
    /// What the journal's first line records.
    private var header: Journal.Header?
    /// The open journal, once the first cell is written (no cells, no file).
    private var fd: Int32 = -1
    /// How many of the session's cells are in the journal.
    private var written = 0
    /// The hedge rows in the journal (`around = ±5% ±2% ±1%`).
    private var hedgesWritten: Set<String> = []

    /// Creates the store for this process; nothing is written until the first cell.
    init(directory: String? = JournalStore.defaultDirectory()) {
        self.directory = directory
        self.path = directory.map { "\($0)/journal-\(getpid())-\(time(nil))" }
    }

    /// `$XDG_STATE_HOME/dossier` (or `~/.local/state/dossier`).
    static func defaultDirectory() -> String? {
        HistoryFile.stateDirectory().map { $0 + "/dossier" }
    }

    /// Appends the session's cells not yet journaled. A failure to journal is not the user's
    /// command's failure: it is reported once, the session goes on.
    func sync(_ session: Session) -> String? {
        if session.cells.count < written { discard() }  // the session was reset: start over
        guard session.cells.count > written, let path, let directory else { return nil }
        if fd < 0 {
            guard HistoryFile.makeDirectories(directory) else { return "warning: cannot keep a crash journal in \(directory)" }
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return "warning: cannot keep a crash journal in \(path): \(String(cString: strerror(errno)))" }
            // The lock says "this session is alive"; the kernel drops it when the process dies,
            // however it dies, so a journal nobody holds is a lost session.
            _ = flock(fd, LOCK_EX | LOCK_NB)
            let story = session.story
            header = Journal.Header(seed: session.options.seed, storyID: story.id, storyHash: story.contentHash)
            guard append(Journal.encode(header!)) else { return failed() }
        }
        // The rows the new cells read with, before them, so a torn tail never keeps a cell
        // without its row.
        for row in session.recordedHedgeRows where !hedgesWritten.contains(row) {
            guard append(Journal.encode(hedgeRow: row)) else { return failed() }
            hedgesWritten.insert(row)
        }
        for cell in session.cells[written...] {
            guard append(Journal.encode(cell)) else { return failed() }
            written += 1
        }
        return nil
    }

    /// Removes this process's journal (a clean exit).
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if let path { unlink(path) }
        written = 0
        hedgesWritten = []
    }

    private func failed() -> String {
        let reason = String(cString: strerror(errno))
        discard()
        return "warning: the crash journal could not be written (\(reason)); it is off for this session"
    }

    private func append(_ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            done += n
        }
        return true
    }

    /// A journal left by a process that is no longer running.
    struct Leftover {
        /// Its path.
        var path: String
        /// When it was last written (seconds since 1970).
        var modified: Int
    }

    /// The lost sessions' journals, most recent first.
    func leftovers() -> [Leftover] {
        guard let directory, let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var found: [Leftover] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            let parts = name.split(separator: "-")
            guard parts.count == 3, parts[0] == "journal", Int32(parts[1]) != nil else { continue }
            let full = directory + "/" + name
            guard full != path, !isLocked(full) else { continue }
            var info = stat()
            guard stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            found.append(Leftover(path: full, modified: Int(info.st_mtim.tv_sec)))
        }
        return found.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
    }

    /// Whether a running Dossier holds the journal at `path` (its lock cannot be taken).
    func isLocked(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        return flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }
}
