import Foundation

/// The bad-input corpus: small byte strings no user means to type, made here (deterministically)
/// rather than kept as files. Each is fed on stdin, inside a notebook and inside a story file by the
/// BadInput* tests; every one must give a clear error and a non-zero exit, none a crash or a hang.
enum BadInputCorpus {
    /// One bad input: what it is, and its bytes (one line, without its line feed).
    struct Case {
        var name: String
        var bytes: [UInt8]
    }

    /// Inputs of each kind, each an error wherever it appears.
    static let handMade: [Case] = [
        Case(name: "invalid UTF-8 (0xFF 0xFE)", bytes: [0xFF, 0xFE, 0x20, 0x31]),
        Case(name: "overlong UTF-8 for /", bytes: Array("1 ".utf8) + [0xC0, 0xAF] + Array(" 2".utf8)),
        Case(name: "UTF-16 surrogate in UTF-8", bytes: Array("let s = ".utf8) + [0xED, 0xA0, 0x80]),
        Case(name: "truncated UTF-8 sequence", bytes: Array("2 * 3 ".utf8) + [0xE2, 0x82]),
        Case(name: "NUL byte", bytes: Array("1 + ".utf8) + [0] + Array(" 2".utf8)),
        Case(name: "control character SOH", bytes: Array("let a\u{01} = 3".utf8)),
        Case(name: "bell and backspace", bytes: Array("6 \u{07}\u{08}* 7".utf8)),
        Case(name: "escape: set the window title", bytes: Array("\u{1B}]0;pwned\u{07} 1 + 1".utf8)),
        Case(name: "escape: clear the screen", bytes: Array("\u{1B}[2J\u{1B}[H 1".utf8)),
        Case(name: "C1 control CSI", bytes: Array("\u{9B}31m 1".utf8)),
        Case(name: "DEL", bytes: Array("4\u{7F}2".utf8)),
        Case(name: "right-to-left override", bytes: Array("\u{202E}1 + 2".utf8)),
    ]

    /// `count` blobs of random bytes (seeded: the same every run), 200 to 3,000 bytes each.
    static func random(count: Int, seed: UInt64) -> [Case] {
        var generator = SplitMix(state: seed)
        return (0..<count).map { i in
            let length = 200 + Int(generator.unit() * 2800)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: Int(generator.unit() * 256)) }
            return Case(name: "random bytes #\(i) (\(length) bytes)", bytes: bytes)
        }
    }

    /// Writes `bytes` to a new file in `directory`; its path.
    static func write(_ bytes: [UInt8], named name: String, in directory: String) -> String {
        let path = directory + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The notebook header Dossier writes, so a case placed after it is read as a cell.
    static let notebookHeader = """
        <!-- dossier notebook
        format: 1
        dossier: 0.1.0
        story: north-korea-russia-war
        story-hash: sha256:0
        seed: 42
        -->

        """

    /// Whether `text` holds a terminal control character other than tab and line feed (what a
    /// hostile file must not get printed through Dossier).
    static func holdsControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }
}
