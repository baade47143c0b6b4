import Language
import Notebook

/// Reading and writing notebook files, with their errors rendered the way Dossier prints errors.
enum NotebookFile {
    /// Reads and parses the notebook at `path` (its cells kept as places in its bytes, made into
    /// values when asked for), or gives the error to print.
    static func read(_ path: String) -> Result<RecordedNotebook, FileFailure> {
        let bytes: [UInt8]
        switch FileBytes.read(path: path, limit: NotebookReader.maximumBytes) {
        case .success(let b): bytes = b
        case .failure(let error): return .failure(FileFailure("error[io]: \(error)"))
        }
        do throws(NotebookError) {
            return .success(try NotebookReader.read(bytes: bytes, fileName: path))
        } catch {
            return .failure(FileFailure("error[io]: \(error.description)"))
        }
    }

    /// Writes `text` to `path` atomically, or gives the error to print.
    static func write(_ text: String, to path: String) -> Result<Void, FileFailure> {
        AtomicFile.write(Array(text.utf8), to: path).mapError { error in
            FileFailure("error[io]: cannot write \(error.path): \(error.reason)")
        }
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
struct FileFailure: Error {
    /// The rendered error (`error[io]: ...`).
    var message: String

    init(_ message: String) { self.message = message }
}
