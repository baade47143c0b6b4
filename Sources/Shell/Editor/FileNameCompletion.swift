import Glibc

/// Tab completion of the file name after `:open`, `:save [--force]` and `:export`. The shell's
/// work, not the session's: the core reads no directories.
enum FileNameCompletion {
    /// The commands whose first argument is a file name (the longer spelling first).
    static let commands = [":save --force ", ":open ", ":save ", ":export "]

    /// Where the file name being typed starts (a byte offset) and what it is so far, when the
    /// line up to `cursor` is one of those commands; nil otherwise.
    static func word(in line: String, cursor: Int) -> (start: Int, word: String)? {
        let bytes = Array(line.utf8.prefix(cursor))
        let indent = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
        let text = String(decoding: bytes[indent...], as: UTF8.self)
        for command in commands where text.hasPrefix(command) {
            let word = String(text.dropFirst(command.count))
            // Only the first argument (`:export FILE FORMAT`).
            guard !word.contains(" ") else { return nil }
            return (indent + command.utf8.count, word)
        }
        return nil
    }

    /// The paths that `word` could become: entries of its directory starting with its last part
    /// (hidden ones only when that part starts with `.`), a directory with `/` after it.
    static func candidates(for word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let directoryPart = slash.map { String(word[...$0]) } ?? ""
        let namePrefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        guard let dir = opendir(directoryPart.isEmpty ? "." : directoryPart) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(namePrefix),
                  !name.hasPrefix(".") || namePrefix.hasPrefix(".") else { continue }
            var info = stat()
            let isDirectory = stat(directoryPart + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            found.append(directoryPart + name + (isDirectory ? "/" : ""))
        }
        return found.sorted()
    }
}
