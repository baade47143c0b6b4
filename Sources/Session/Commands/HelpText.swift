import Compute
import Language

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
            out += "\nAnything else is an expression, e.g. `2000 USD/month * 12 month`.\n"
            out += "More: :help language, :help functions, :help units, :help NAME (a command or function)."
            return out
        }
        let name = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if let spec = Commands.lookup(name) { return spec.help }
        if let f = ComputeLibrary.lookup(name) { return f.help }
        if name == "units" { return unitsHelp(session) }
        if name == "functions" { return functionsHelp() }
        if let text = HelpTopics.text(for: name) { return text }
        let known = Commands.all.map(\.name) + HelpTopics.names + ["units", "functions"] + ComputeLibrary.all.map(\.name)
        let near = Suggest.nearest(name, among: known)
        throw Diagnostic(.command, "no help for `\(topic)`", at: SourceSpan(offset, offset + topic.utf8.count), label: "unknown topic",
                         help: near.map { "did you mean `\($0)`?" } ?? ":help lists the commands and topics")
    }

    static func functionsHelp() -> String {
        var out = "Functions (named arguments work too: deficit(need: 5.5 Mt, supply: 4 Mt)):\n"
        let width = ComputeLibrary.all.map(\.signature.count).max() ?? 0
        for f in ComputeLibrary.all {
            out += "  " + f.signature + String(repeating: " ", count: width - f.signature.count + 2) + f.summary + "\n"
        }
        out += "Define your own with `fn annual(x) = x * 12 month`. :help NAME explains one."
        return out
    }

    static func unitsHelp(_ session: Session) -> String {
        let units = session.state.units
        var byUnit: [Int32: [String]] = [:]
        for (name, index) in units.names { byUnit[index, default: []].append(name) }
        var out = "Units (names and aliases; a number before a unit binds tightly: 40 kg / 3 week):\n"
        for index in byUnit.keys.sorted() {
            let info = units[index]
            let aliases = byUnit[index]!.filter { $0 != info.symbol }.sorted()
            let d = info.dimension
            let kind = d.money == 1 && d.mass == 0 && d.time == 0 && d.length == 0 && d.temperature == 0 ? "currency" : d.name
            out += "  \(info.symbol)" + (aliases.isEmpty ? "" : " (" + aliases.joined(separator: ", ") + ")") + " — \(kind)"
            if let note = info.note { out += "; " + note }
            out += "\n"
        }
        out += "Each currency is its own unit of money; two meet only through a rate you state:\n"
        out += "  :rate 1 USD = 1,380 KRW from \"Bank of Korea\" on 2024-10-18\n"
        out += "Define more units with `unit NAME = EXPR` (`unit kwon = 1000 KRW`)."
        return out
    }
}

/// Help topics that are not commands or functions.
enum HelpTopics {
    static var names: [String] { topics.map(\.0) }
    static func text(for name: String) -> String? { topics.first { $0.0 == name }?.1 }
    static let topics: [(String, String)] = [
        ("language", """
        Expressions
          numbers     10000  10_000  600,000  1.5  2e6  4 million  15%  $2,000
          arithmetic  + - * / ^ and brackets; `-2^2` is -4
          units       2000 USD/month   4 million t/year   40 kg / 3 week (a number before a unit binds tightly)
          shorthand   2k  1.8k  1.5bn  $200m  $2.5bn  €5  £3  ₩1,380  ₽100   (200m alone is 200 metres)
          convert     500 g to kg   2000 USD/month -> USD/year   x in millions   -> million USD
          ranges      600,000 to 700,000 t   1800..2200   (1800 to 2200) USD/month
                      a range binds tighter than * and /: 1800 to 2200 USD/month * 12 month
          currencies  USD EUR GBP JPY CNY KRW KPW RUB UAH NZD CHF INR, each its own money:
                      :rate 1 USD = 1,380 KRW from "Bank of Korea" on 2024-10-18
          names       facts and assumptions by id (soldier_pay), variables, units
          define      let annual = soldier_pay * 12 month
                      fn annual(x) = x * 12 month
                      unit kwon = 1000 KRW
          calls       revenue(10_000, soldier_pay, 1 year)   deficit(need: 5.5 Mt, supply: 4 Mt)
        A comma between digits with exactly three digits after it groups digits (600,000);
        otherwise it separates arguments: f(1,000) is one argument, f(1, 000) two.
        Every result lists the facts it used and the assumptions it made.
        """),
    ]
}
