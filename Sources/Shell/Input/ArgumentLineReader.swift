/// Reads the commands given with `-e`, in order: each argument is one input, and an argument
/// holding newlines is read line by line (so `-e $'(1 +\n 2)'` continues like a typed input).
public final class ArgumentLineReader: LineReader {
    private let lines: [(text: String, argument: Int)]
    private var next = 0

    /// Creates a reader over the `-e` arguments.
    public init(commands: [String]) {
        var lines: [(String, Int)] = []
        for (i, command) in commands.enumerated() {
            for line in command.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append((String(line), i + 1))
            }
        }
        self.lines = lines
    }

    public var isInteractive: Bool { false }
    public func remember(_ line: String) {}
    public func history() -> [String]? { nil }

    public func origin(line number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return "-e" }
        return lines.count == 1 ? nil : "-e #\(lines[number - 1].argument)"
    }

    public func readLine(prompt: PromptKind) -> LineRead {
        guard next < lines.count else { return .end }
        next += 1
        return .line(lines[next - 1].text, number: next)
    }
}
