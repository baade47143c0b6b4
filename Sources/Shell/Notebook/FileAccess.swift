/// Whole-file reads and atomic writes for the layers above the shell (the Jupyter kernel and its
/// kernelspec), with errors as the messages Dossier prints.
public enum FileAccess {
    /// The file's bytes, or `error[io]: ...` saying why they cannot be read.
    public static func read(_ path: String, limit: Int = 1 << 26) -> Result<[UInt8], FileFailure> {
        FileBytes.read(path: path, limit: limit).mapError { FileFailure("error[io]: \($0)") }
    }

    /// Writes `text` to `path` atomically, or gives `error[io]: ...`.
    public static func write(_ text: String, to path: String) -> Result<Void, FileFailure> {
        NotebookFile.write(text, to: path)
    }

    /// Writes `bytes` to `path` atomically, or gives `error[io]: ...`.
    public static func write(_ bytes: [UInt8], to path: String) -> Result<Void, FileFailure> {
        AtomicFile.write(bytes, to: path).mapError { FileFailure("error[io]: cannot write \($0.path): \($0.reason)") }
    }
}
