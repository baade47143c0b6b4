/// The shapes of the format's lines, asked of the current line: the reader's side of the rules
/// NotebookSyntax writes by (the round-trip and differential tests hold the two together).
extension LineScanner {
    /// Whether the line is a cell marker: `<!-- cell: ID -->` with an id of 1 to 64 bytes from
    /// `[A-Za-z0-9_-]` (`NotebookSyntax.isIDByte`).
    var isMarker: Bool {
        let idLength = count &- 15
        guard idLength >= 1, idLength <= 64, word(at: start) == LineWords.markerHead,
              word(at: start &+ 8) & 0xFF_FFFF == LineWords.markerTail,
              word(at: end &- 4) == LineWords.markerEnd else { return false }
        var i = start &+ 11
        while i < end &- 4 {
            guard NotebookSyntax.isIDByte(bytes[i]) else { return false }
            i &+= 1
        }
        return true
    }

    /// The number of backticks opening a command cell (```` ```dossier ````: three or more, then
    /// `NotebookSyntax.language` and nothing else), or nil.
    @inline(__always)
    func openingFence() -> Int? {
        var ticks = 0
        while byte(ticks) == UInt8(ascii: "`") { ticks &+= 1 }
        guard ticks >= 3, count == ticks &+ 7, word(at: start &+ ticks) == LineWords.dossier else { return nil }
        return ticks
    }

    /// Whether the line closes a fence opened with `ticks` backticks (CommonMark: at least as many
    /// backticks, then only spaces).
    @inline(__always)
    func closesFence(ticks: Int) -> Bool {
        var run = 0
        while byte(run) == UInt8(ascii: "`") { run &+= 1 }
        guard run >= ticks else { return false }
        while let b = byte(run) {
            guard b == UInt8(ascii: " ") else { return false }
            run += 1
        }
        return true
    }

    /// Whether reading the output line drops the escape `NotebookSyntax.needsOutputEscape` calls
    /// for: a `\` before `>`, `\`, or (on the first line) `error[`. Any other backslash is text.
    func unescapes(first: Bool) -> Bool {
        guard byte(0) == UInt8(ascii: "\\"), let next = byte(1) else { return false }
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "\\") || (first && hasPrefix("error[", at: start + 1))
    }
}
