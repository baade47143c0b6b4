import Glibc

/// Where the interactive shell keeps its history: `$XDG_STATE_HOME/dossier/history`, or
/// `~/.local/state/dossier/history` when `XDG_STATE_HOME` is unset (or not an absolute path,
/// as the XDG specification says to ignore it then).
enum HistoryFile {
    /// The history file's path, with its directories created (mode 0700); nil when there is no
    /// home directory or the directories cannot be made (history then lasts one run).
    static func prepare() -> String? {
        guard let directory = stateDirectory() else { return nil }
        let dossier = directory + "/dossier"
        guard makeDirectories(dossier) else { return nil }
        return dossier + "/history"
    }

    static func stateDirectory() -> String? {
        if let state = Terminal.environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state }
        guard let home = Terminal.environment("HOME"), home.hasPrefix("/") else { return nil }
        return home + "/.local/state"
    }

    /// `mkdir -p`: creates each missing directory along `path`.
    static func makeDirectories(_ path: String) -> Bool {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
