import Glibc
import Language
import Notebook
import Session

/// This process's crash journal, and the journals other Dossier processes left behind.
///
/// Journals live in `$XDG_STATE_HOME/dossier/` (or `~/.local/state/dossier/`), one per process,
/// named `journal-PID-TIME-RANDOM`. A journal is made under a private name (`O_EXCL`), locked, and
/// only then linked to its public name, which must not exist yet: two sessions never share a
/// file, even in containers whose PIDs and clocks agree. Each cell is appended with one `write`
/// as it is entered, so `kill -9` loses nothing the kernel has seen. Each process holds a lock on
/// its journal while it runs; a journal nobody holds is a lost session, ready for `--recover`.
final class JournalStore {
    /// The directory holding the journals, or nil when there is no home to put it in.
    let directory: String?
    /// This process's journal file, once made.
    private(set) var path: String?
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
    }

    /// `$XDG_STATE_HOME/dossier` (or `~/.local/state/dossier`).
    static func defaultDirectory() -> String? {
        HistoryFile.stateDirectory().map { $0 + "/dossier" }
    }

    /// Appends the session's cells not yet journaled. A failure to journal is not the user's
    /// command's failure: it is reported once, the session goes on.
    func sync(_ session: Session) -> String? {
        if session.cells.count < written { discard() }  // the session was reset: start over
        guard session.cells.count > written, let directory else { return nil }
        if fd < 0 {
            guard HistoryFile.makeDirectories(directory) else { return "warning: cannot keep a crash journal in \(directory)" }
            let story = session.story
            header = Journal.Header(seed: session.options.seed, storyID: story.id, storyHash: story.contentHash)
            if let problem = create(in: directory, header: Journal.encode(header!)) { return problem }
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

    /// Makes, locks and publishes a new journal holding `header`; nil, or the warning to print.
    private func create(in directory: String, header: [UInt8]) -> String? {
        let draft = "\(directory)/.journal-new-\(Self.randomPart())"
        fd = open(draft, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return "warning: cannot keep a crash journal in \(directory): \(String(cString: strerror(errno)))" }
        defer { unlink(draft) }
        // The lock says "this session is alive"; the kernel drops it when the process dies,
        // however it dies, so a journal nobody holds is a lost session. Without it another
        // Dossier would take this journal for a lost one.
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            fd = -1
            return "warning: the crash journal could not be locked (\(reason)); it is off for this session"
        }
        guard append(header) else { return failed() }
        for _ in 0..<8 {
            let name = "\(directory)/journal-\(getpid())-\(time(nil))-\(Self.randomPart())"
            if link(draft, name) == 0 {
                path = name
                return nil
            }
            if errno != EEXIST { break }
        }
        return failed()
    }

    /// Twelve random letters and digits.
    static func randomPart() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }

    /// Removes this process's journal (a clean exit).
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if let path { unlink(path) }
        path = nil
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
            // journal-PID-TIME-RANDOM (and journal-PID-TIME from before the random part).
            guard parts.count == 3 || parts.count == 4, parts[0] == "journal", Int32(parts[1]) != nil else { continue }
            let full = directory + "/" + name
            guard full != path, !isLocked(full) else { continue }
            var info = stat()
            guard stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            found.append(Leftover(path: full, modified: Int(info.st_mtim.tv_sec)))
        }
        return found.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
    }

    /// Whether a running Dossier holds the journal at `path` (its lock cannot be taken). A
    /// journal that cannot be opened or probed counts as held: never taken over on a doubt.
    func isLocked(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        return flock(fd, LOCK_SH | LOCK_NB) != 0
    }

    /// Moves a journal that could not be read whole out of the way of `--recover`, keeping it:
    /// the new path, or nil when it stays where it is.
    func setAside(_ path: String) -> String? {
        let (directory, base) = AtomicFile.split(path)
        let kept = "\(directory)/damaged-\(base)"
        return rename(path, kept) == 0 ? kept : nil
    }
}
