import Language
import Session

/// A cell as the shell prints it when replaying: the input after `> `, then its output.
enum Transcript {
    /// The printed form of `cell`.
    static func text(_ cell: Cell) -> String {
        switch cell.content {
        case .note(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
        case .command(let input, let output, _):
            let prompt = input.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
            return output.isEmpty ? prompt : prompt + "\n" + output
        }
    }
}
