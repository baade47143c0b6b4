import Glibc

/// Facts about the process's terminal and environment that decide how the shell behaves.
public enum Terminal {
    /// Whether standard input and standard output are both terminals (the libedit shell's condition).
    public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Whether output may be coloured: standard output is a terminal, `NO_COLOR` is unset or
    /// empty, `TERM` is not `dumb`, and the user did not pass `--no-color`.
    public static func allowsColor(noColorFlag: Bool) -> Bool {
        if noColorFlag || isatty(1) != 1 { return false }
        if let v = environment("NO_COLOR"), !v.isEmpty { return false }
        return environment("TERM") != "dumb"
    }

    /// The terminal's width in columns (80 when unknown).
    public static func width() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Sets up the process's signals before anything runs: a file-size limit (`ulimit -f`) makes
    /// a write fail with EFBIG, reported like any write error, instead of killing the process
    /// with SIGXFSZ halfway through a save.
    public static func prepareProcess() {
        signal(SIGXFSZ, SIG_IGN)
    }

    /// An environment variable's value, or nil when unset.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// The C library's character locale, which libedit reads to decode what is typed.
enum CharacterLocale {
    /// Selects the user's locale for character types, or C.UTF-8 when that is plain ASCII:
    /// without a UTF-8 locale libedit silently drops every non-ASCII byte.
    static func enableUTF8() {
        if let name = setlocale(LC_CTYPE, "").map({ String(cString: $0) }), name != "C", name != "POSIX" { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
