import ArgumentParser
import Extract
import Glibc
import Shell

/// `dossier extract FILE|- [--json]`: the quantities of any English news text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the quantities of an English news text (a table, or JSON Lines with --json).",
        discussion: """
        FILE is UTF-8 plain text or Markdown, one paragraph per line; a first line without closing \
        punctuation is read as the headline (sentence 0.1). `-` reads standard input. Each \
        quantity has its offsets in code points, its sentence (PARAGRAPH.SENTENCE), value, unit, \
        period, qualifier, hedges and source; docs/extraction.md describes the fields.

        EXIT STATUS
          0    extracted (also when the text has no quantities)
          2    the file cannot be read or is not UTF-8
        """
    )

    @Argument(help: ArgumentHelp("The text to read, or - for standard input.", valueName: "FILE"))
    var file: String

    @Flag(help: "Print one JSON object per quantity (JSON Lines) instead of a table.")
    var json = false

    mutating func run() throws {
        let output = Output()
        defer { output.flush() }
        let name = file == "-" ? "standard input" : file
        guard let bytes = Self.readAll(file) else {
            output.error("dossier: cannot read \(name): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        switch TextInput.decode(bytes) {
        case .failure(let bad):
            output.error("dossier: \(name): not UTF-8 text (byte \(bad.offset + 1) of \(bytes.count) does not decode)")
            throw ExitCode(2)
        case .success(let text):
            let quantities = Extractor().extract(text)
            if json {
                for quantity in quantities { output.line(quantity.json) }
            } else {
                output.raw(ExtractionTable.render(quantities))
            }
        }
    }

    /// The bytes of `path` (standard input for `-`), or nil with `errno` set.
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { errno = EISDIR; return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 { if errno == EINTR { continue }; return nil }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
