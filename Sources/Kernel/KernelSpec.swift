import Glibc
import Notebook
import Shell

/// `dossier jupyter install|uninstall`: the kernelspec directory (`kernels/dossier/` with
/// `kernel.json` and two logos) where `jupyter kernelspec list` finds it.
public enum KernelSpec {
    /// Where to install, as `jupyter kernelspec install` names the places.
    public enum Location: Equatable, Sendable {
        /// `$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`, else `~/.local/share/jupyter`.
        case user
        /// `PREFIX/share/jupyter`.
        case prefix(String)
        /// The active Python environment's prefix (`$VIRTUAL_ENV`, or `$CONDA_PREFIX`).
        case sysPrefix
    }

    /// The kernel's name (its directory, and `metadata.kernelspec.name` in notebooks).
    static let name = "dossier"

    /// The `kernels/dossier` directory for `location`, or why there is none.
    static func directory(_ location: Location, environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> Result<String, KernelError> {
        let data: String
        switch location {
        case .user:
            if let dir = environment("JUPYTER_DATA_DIR"), !dir.isEmpty { data = dir }
            else if let xdg = environment("XDG_DATA_HOME"), !xdg.isEmpty { data = xdg + "/jupyter" }
            else if let home = environment("HOME"), !home.isEmpty { data = home + "/.local/share/jupyter" }
            else { return .failure(KernelError("HOME is not set; name the place with --prefix")) }
        case .prefix(let prefix):
            data = prefix + "/share/jupyter"
        case .sysPrefix:
            guard let prefix = environment("VIRTUAL_ENV") ?? environment("CONDA_PREFIX"), !prefix.isEmpty else {
                return .failure(KernelError("--sys-prefix needs an active Python environment (VIRTUAL_ENV or CONDA_PREFIX); none is set"))
            }
            data = prefix + "/share/jupyter"
        }
        return .success(data + "/kernels/" + name)
    }

    /// `kernel.json` for the executable at `executable`.
    static func kernelJSON(executable: String) -> String {
        JSONValue.object([
            ("argv", .array([.string(executable), .string("kernel"), .string("-f"), .string("{connection_file}")])),
            ("display_name", .string("Dossier")),
            ("interrupt_mode", .string("message")),
            ("language", .string("dossier")),
            ("metadata", .object([("debugger", .bool(false))])),
        ]).render() + "\n"
    }

    /// Installs the kernelspec for the running executable; the message to print, or the error.
    public static func install(_ location: Location) -> Result<String, KernelError> {
        let dir: String
        switch directory(location) {
        case .success(let d): dir = d
        case .failure(let e): return .failure(e)
        }
        if let failure = makeDirectories(dir) { return .failure(failure) }
        let files: [(String, [UInt8])] = [
            ("kernel.json", Array(kernelJSON(executable: executablePath()).utf8)),
            ("logo-32x32.png", KernelLogo.png32),
            ("logo-64x64.png", KernelLogo.png64),
        ]
        for (file, bytes) in files {
            if case .failure(let failure) = FileAccess.write(bytes, to: dir + "/" + file) { return .failure(KernelError(failure.message)) }
        }
        return .success("installed the Dossier kernel in \(dir)")
    }

    /// Removes the kernelspec directory at `location`.
    public static func uninstall(_ location: Location) -> Result<String, KernelError> {
        let dir: String
        switch directory(location) {
        case .success(let d): dir = d
        case .failure(let e): return .failure(e)
        }
        var info = stat()
        guard stat(dir, &info) == 0 else { return .failure(KernelError("no Dossier kernel is installed in \(dir)")) }
        for file in ["kernel.json", "logo-32x32.png", "logo-64x64.png"] { unlink(dir + "/" + file) }
        guard rmdir(dir) == 0 else {
            return .failure(KernelError("error[io]: cannot remove \(dir): \(String(cString: strerror(errno))) (files other than the kernelspec's are in it)"))
        }
        return .success("removed the Dossier kernel from \(dir)")
    }

    /// `mkdir -p`; nil, or why a directory cannot be made.
    static func makeDirectories(_ path: String) -> KernelError? {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                return KernelError("error[io]: cannot create \(prefix): \(String(cString: strerror(errno)))")
            }
        }
        return nil
    }

    /// The absolute path of the running executable (what `kernel.json` starts).
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
