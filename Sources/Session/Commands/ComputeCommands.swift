import Compute
import Language
import Quantity

/// Commands that compute: checks, variables, assumptions, tables, simulations, seeds, settings.
enum ComputeCommands {
    static let all: [CommandSpec] = [
        CheckCommand.spec, vars, AssumeCommand.spec, RateCommand.spec, TableCommand.spec, SimulateCommand.spec, seed, set, reset,
    ]

    static let vars = CommandSpec(
        name: "vars", summary: "list your variables, functions, units and :assume readings", help: """
        :vars
          Lists what this session has defined: variables (`let`), functions (`fn`), units (`unit`),
          and readings given to story items with :assume, each with its value.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        try noArguments(arguments, offset, "vars")
        let s = session.state
        var lines: [String] = []
        for name in s.variableOrder {
            guard let v = s.variables[name] else { continue }
            lines.append("  " + session.render(v.value, name: name).replacingNewlines(with: "\n  "))
        }
        if !lines.isEmpty { lines.insert("variables:", at: 0) }
        if !s.functions.isEmpty {
            lines.append("functions:")
            for (name, f) in s.functions.sorted(by: { $0.key < $1.key }) {
                lines.append("  fn \(name)(\(f.parameters.joined(separator: ", "))) = \(f.source)")
            }
        }
        if !s.userUnits.isEmpty {
            lines.append("units:")
            for name in s.userUnits {
                if let u = s.units.lookup(name) {
                    lines.append("  \(name) (\(s.units[u].dimension.name))")
                }
            }
        }
        if !s.overrides.isEmpty {
            lines.append("assumed (:assume):")
            for (index, o) in s.overrides.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(session.items[index].fact.id) = \(o.source)")
            }
        }
        return .text(lines.isEmpty ? "no variables, functions, units or :assume readings yet (define one with `let x = …`)" : lines.joined(separator: "\n"))
    }

    static let seed = CommandSpec(
        name: "seed", usage: "[N]", summary: "show or set the random seed for :simulate", help: """
        :seed [N]
          Sets the seed :simulate draws with (a whole number from 0 to 18446744073709551615), so a
          simulation gives the same figures each time it is run with that seed. Without N, shows it.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        if arguments.isEmpty { return .text("seed \(session.state.seed)") }
        guard let n = UInt64(arguments) else {
            throw Diagnostic(.command, "a seed is a whole number from 0 to 18446744073709551615", at: SourceSpan(offset, offset + arguments.utf8.count), label: "not a seed")
        }
        session.state.seed = n
        return .text("seed \(n)")
    }

    static let set = CommandSpec(
        name: "set", usage: "[digits N | hedges on|off]", summary: "show or change settings", help: """
        :set
          Shows the settings.
        :set digits N
          Shows results with N significant digits (1 to 15; the default is 6).
        :set hedges on|off
          With `on`, arithmetic takes each hedged fact as its reading (:hedges, docs/hedges.md):
          `soldier_pay` is 1,900 to 2,100 USD/month and results are the exact ranges over them,
          and a vague fact with a reading (`troops_sent`) can be used. `off` (the default) takes
          stated numbers at face value. :simulate and :check use the readings either way.
        """
    ) { session, arguments, offset throws(Diagnostic) in
        let words = arguments.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { return .text("digits \(session.state.digits)\nseed \(session.state.seed)\nhedges \(session.state.hedgesOn ? "on" : "off")") }
        if words.count == 2, words[0] == "hedges" {
            guard words[1] == "on" || words[1] == "off" else {
                throw Diagnostic(.command, "hedges is `on` or `off`", at: SourceSpan(offset, offset + arguments.utf8.count), help: "try `:set hedges on`")
            }
            session.state.hedgesOn = words[1] == "on"
            return .text(session.state.hedgesOn
                ? "hedges on: arithmetic takes hedged facts as their readings (:hedges lists them)"
                : "hedges off: arithmetic takes stated numbers at face value")
        }
        guard words.count == 2, words[0] == "digits" else {
            throw Diagnostic(.command, "unknown setting `\(arguments)`", at: SourceSpan(offset, offset + arguments.utf8.count), help: "try `:set digits 4` or `:set hedges on`")
        }
        guard let n = Int(words[1]), (1...15).contains(n) else {
            throw Diagnostic(.command, "digits must be a whole number from 1 to 15", at: SourceSpan(offset, offset + arguments.utf8.count))
        }
        session.state.digits = n
        return .text("digits \(n)")
    }

    static let reset = CommandSpec(
        name: "reset", summary: "forget your variables, functions, units and :assume readings", help: """
        :reset
          Forgets every variable, function, unit and :assume reading of this session, and restores
          the default settings and the hedge table it started with (undoing :hedge and :set hedges on).
          The notebook's cells are kept (the reset is one of them).
        """
    ) { session, arguments, offset throws(Diagnostic) in
        try noArguments(arguments, offset, "reset")
        session.reset(seed: session.options.seed)
        return .text("session reset: variables, functions, units and assumptions cleared")
    }

    static func noArguments(_ arguments: String, _ offset: Int, _ name: String) throws(Diagnostic) {
        guard arguments.isEmpty else {
            throw Diagnostic(.command, ":\(name) takes no arguments", at: SourceSpan(offset, offset + arguments.utf8.count), label: "unexpected")
        }
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
