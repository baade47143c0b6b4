import Shell

/// The kernel's history of inputs, oldest first: what `:history` lists (the shell's reader
/// protocol, so the shell's request handler serves it) and what `history_request` returns.
public final class KernelHistory: LineReader {
    /// The inputs, oldest first.
    public private(set) var inputs: [String] = []

    func forgetLast() { if !inputs.isEmpty { inputs.removeLast() } }

    public func readLine(prompt: PromptKind) -> LineRead { .end }
    public func origin(line number: Int) -> String? { nil }
    public var isInteractive: Bool { true }
    public func remember(_ line: String) { inputs.append(line) }
    public func history() -> [String]? { inputs }
}
