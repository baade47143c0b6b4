import Foundation
import Testing

/// Resizing the terminal while a line is edited (issue 13, item 1): libedit used to resize inside
/// its own SIGWINCH handler, corrupting the heap when the signal landed mid-allocation. The shell
/// now only flags the signal and resizes from its read loop.
@Suite(.serialized) struct TerminalResizeTests {
    typealias Key = PseudoTerminal.Key
    let home = DossierBinary.temporaryDirectory()

    @Test func resizingWhileTypingAsInTheReportKeepsTheShellAlive() throws {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        try pty.type((1...25).map(String.init).joined(separator: " + "))
        for width: UInt16 in [40, 120, 20, 200, 30] {
            pty.resize(rows: 30, columns: width)
            usleep(300_000)
        }
        let mark = pty.mark
        try pty.type(" + 1" + Key.enter)
        // 1 + 2 + ... + 25 = 325, then + 1.
        try pty.waitFor("326", after: mark)
        #expect(pty.isRunning)
        try pty.type(Key.ctrlD)
        try pty.waitFor("not saved")
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }

    /// A thousand resizes while keys arrive: the line typed is the line run, and nothing crashes
    /// (also run under AddressSanitizer by scripts/asan.sh).
    @Test func aThousandResizesWhileTypingKeepTheLineAndTheShell() throws {
        let pty = try PseudoTerminal(home: home)
        try pty.waitFor("> ")
        try pty.waitForRawMode()
        // 1 + 2 + ... + 50, one key at a time, a resize between keys (the line wraps at most widths).
        let line = (1...50).map(String.init).joined(separator: " + ")
        var keys = Array(line)
        var i = 0
        while i < 1000 || !keys.isEmpty {
            if i < 1000 { pty.resize(rows: UInt16(10 + i % 40), columns: UInt16(20 + (i * 37) % 180)) }
            if !keys.isEmpty, i % 5 != 4 { try pty.send(String(keys.removeFirst())) }
            i += 1
            usleep(400)  // let the shell redraw between signals, as a dragged window does
        }
        let mark = pty.mark
        try pty.send(Key.enter)
        // 1 + 2 + ... + 50 = 1,275.
        try pty.waitFor("1,275", after: mark, timeout: 20)
        #expect(pty.isRunning, "the shell died: \(pty.output(after: 0).suffix(300))")
        try pty.type(Key.ctrlD)
        try pty.waitFor("not saved")
        try pty.type(Key.ctrlD)
        #expect(try pty.waitForExit() == 0)
    }
}
