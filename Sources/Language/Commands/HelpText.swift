/// The text of `:help`.
enum HelpText {
    static func render(topic: String, session: Session, offset: Int) throws(Diagnostic) -> String {
        if topic.isEmpty {
            var out = "Commands (type :help NAME for details):\n"
            let width = Commands.all.map { $0.name.count + $0.usage.count + 2 }.max() ?? 10
            for c in Commands.all {
                let head = ":" + c.name + (c.usage.isEmpty ? "" : " " + c.usage)
                out += "  " + head + String(repeating: " ", count: max(1, width - head.count + 2)) + c.summary + "\n"
            }
            out += "\nAnything else is an expression, e.g. `2000 USD/month * 12 month`; :help language explains them."
            return out
        }
        let name = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if let spec = Commands.lookup(name) { return spec.help }
        if let text = HelpTopics.text(for: name) { return text }
        let known = Commands.all.map(\.name) + HelpTopics.names
        let near = Suggest.nearest(name, among: known)
        throw Diagnostic(.command, "no help for `\(topic)`", at: SourceSpan(offset, offset + topic.utf8.count), label: "unknown topic",
                         help: near.map { "did you mean `\($0)`?" } ?? ":help lists the commands")
    }
}

/// Help topics that are not commands (language, units, functions).
enum HelpTopics {
    static var names: [String] { topics.map(\.0) }
    static func text(for name: String) -> String? { topics.first { $0.0 == name }?.1 }
    static let topics: [(String, String)] = []
}
