import BuiltinData
import Quantity
import Story

/// The reading of a story item under the session's hedge table, as a quantity in base units.
package struct ItemReading {
    /// The row's reading of the item's stated value.
    package var reading: HedgeReading
    /// The reading as a quantity with the item's unit.
    package var quantity: Quantity
}

extension Interpreter {
    /// The built-in hedge table (`hedges.table`, embedded); the tests check that it reads.
    static let builtinHedges: HedgeTable =
        (try? HedgeTable.read(BuiltinHedges.text, fileName: BuiltinHedges.fileName).get()) ?? HedgeTable(rows: [])

    /// The table a fresh session (or `:reset`) starts with.
    package var baseHedges: HedgeTable { startingHedges ?? Interpreter.builtinHedges }

    /// The hedge table in force: the starting one with this session's `:hedge` changes.
    package var hedgeTable: HedgeTable { state.hedges ?? baseHedges }

    /// The one place evaluation asks how a hedged item reads: the interval the session's hedge
    /// table gives story item `index`, or nil when it is taken at face value (an assumption, an
    /// unhedged number, a range, a scenario's "if", or an item with an `:assume` reading).
    package func reading(of index: Int32) -> ItemReading? {
        guard state.overrides[index] == nil else { return nil }
        let item = items[index]
        guard !item.isAssumption,
              let r = HedgeReading.of(item.fact.value, qualifier: item.fact.qualifier, table: hedgeTable),
              let unit = unitQuantity(item) else { return nil }
        noteUse(r.word)
        let interval = Interval(r.lo, r.hi, loOpen: r.loOpen, hiOpen: r.hiOpen).scaled(by: unit.value.lo)
        return ItemReading(reading: r, quantity: Quantity(interval, unit: unit.unit, dimension: unit.dimension))
    }

    /// Whether story item `index` may have a reading (a cheap test, made for every use of a fact
    /// in an expression: a row applies and no `:assume` sets it aside).
    func isHedged(_ index: Int32) -> Bool {
        guard state.overrides[index] == nil else { return false }
        let item = items[index]
        guard !item.isAssumption, let row = HedgeReading.row(for: item.fact.value, qualifier: item.fact.qualifier, table: hedgeTable) else { return false }
        return row.rule != .none
    }

    /// One of the item's unit, in base units (a vague fact has no quantity to read it from).
    private func unitQuantity(_ item: StoryItems.Item) -> Quantity? {
        if item.fact.unit.isEmpty { return Quantity(number: 1) }
        return try? UnitExpression.evaluate(StoryItems.countAsOne(item.fact.unit), units: Prelude.units)
    }

    /// `1,900 to 2,100 USD/month`: a reading as results print it.
    package func show(_ r: ItemReading) -> String { plain(r.quantity) }

    /// A quantity as results print it, without the gloss in words (`(228 million to 252 million)`).
    package func plain(_ q: Quantity) -> String {
        let text = QuantityFormat(significant: state.digits).render(q, in: state.units)
        guard let gloss = text.firstRange(of: "   (") else { return text }
        return String(text[..<gloss.lowerBound])
    }

    /// Runs `body` with arithmetic over the readings (`on`, as `:set hedges on`) or at face value,
    /// then restores the setting.
    package func withHedges<T>(_ on: Bool, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        let was = state.hedgesOn
        if was != on { state.hedgesOn = on }
        defer { if was != on { state.hedgesOn = was } }
        return try body()
    }

    /// Runs `body` with arithmetic over the readings.
    package func overReadings<T>(_ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        try withHedges(true, body)
    }

    /// The items of `p` that have readings, each as `soldier_pay 1,900 to 2,100 USD/month (around ±5%)`.
    package func readingList(_ p: Provenance) -> [String] {
        p.items.compactMap { index -> String? in
            guard let r = reading(of: index) else { return nil }
            return "\(items[index].fact.id) \(show(r)): \(r.reading.why)"
        }
    }

    /// The items of `p` that a hedge row keeps at face value (`if`: a scenario), each as
    /// `troops_if_sent 10,000 (“if”: a scenario, not a hedge)`.
    package func faceValueList(_ p: Provenance) -> [String] {
        p.items.compactMap { index -> String? in
            let item = items[index]
            guard state.overrides[index] == nil, !item.isAssumption, let q = item.quantity,
                  let row = HedgeReading.row(for: item.fact.value, qualifier: item.fact.qualifier, table: hedgeTable),
                  row.rule == .none else { return nil }
            return "\(item.fact.id) \(plain(q)) (“\(row.word)”: \(row.word == "if" ? "a scenario, not a hedge" : "no reading"))"
        }
    }

    /// `built in: ±5% ±2% ±1%`, or, when a notebook (opened, replayed, recovered) brought another row, `recorded in
    /// the notebook: ±10%; built in: ±5% ±2% ±1%`; nil when neither table has the word.
    package func startingRowNote(_ word: String) -> String? {
        let builtIn = Interpreter.builtinHedges.row(word).map { "built in: \($0.rule.text)" }
        guard let start = baseHedges.row(word), start.rule != Interpreter.builtinHedges.row(word)?.rule else { return builtIn }
        return (["recorded in the notebook: \(start.rule.text)"] + [builtIn].compactMap { $0 }).joined(separator: "; ")
    }

    /// What `:fact` says of fact `id`'s reading: the interval and the rule, or why it has none.
    package func readingLine(_ id: String) -> String? {
        guard let index = items.byId[id], !items[index].isAssumption else { return nil }
        let fact = items[index].fact
        if state.overrides[index] != nil { return "your :assume for this session (the hedge table's reading is set aside)" }
        if let r = reading(of: index) { return "\(show(r)) — \(r.reading.why); docs/hedges.md" }
        guard let row = HedgeReading.row(for: fact.value, qualifier: fact.qualifier, table: hedgeTable) else { return nil }
        if let why = HedgeReading.unread(fact.value, rule: row.rule) { return "none — “\(row.word)” reads \(row.rule.text) (\(row.basis)), but \(why)" }
        return "none, face value — “\(row.word)”: \(row.basis)"
    }

    /// Notes that a reading used `word`'s row, when that row is still the starting table's.
    package func noteUse(_ word: String) {
        if !hedgeWordsUsed.contains(word), let row = hedgeTable.row(word), row == baseHedges.row(word) { hedgeWordsUsed.insert(word) }
    }

    /// The starting table's rows the session's readings used, as a notebook header records them
    /// (`around = ±5% ±2% ±1%`), in the table's order.
    public var recordedHedgeRows: [String] {
        baseHedges.rows.filter { hedgeWordsUsed.contains($0.word) }.map { "\($0.word) = \($0.rule.text)" }
    }

    /// The table a replay starts from: the built-in one with the rows a notebook recorded
    /// (`around = ±5% ±2% ±1%`), and a warning for each recorded row that differs from the built-in
    /// one or cannot be read (that one is left built in).
    public static func hedgeTable(recorded rows: [String], fileName: String) -> (table: HedgeTable, warnings: [String]) {
        let (read, warnings) = recordedRows(rows, fileName: fileName)
        return (read.reduce(builtinHedges) { $0.replacing($1.word, with: $1.rule, basis: $1.basis) }, warnings)
    }

    /// The rows a notebook header (or a journal) recorded, each with its basis: the built-in row's
    /// when the rule is the same, else "recorded in the notebook"; and the warnings
    /// `hedgeTable(recorded:)` gives.
    static func recordedRows(_ rows: [String], fileName: String) -> (rows: [HedgeTable.Row], warnings: [String]) {
        var read: [HedgeTable.Row] = []
        var warnings: [String] = []
        for text in rows {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let word = HedgeTable.key(parts.first ?? "")
            guard parts.count == 2, !word.isEmpty, case .success(let rule) = HedgeRule.parse(parts[1]) else {
                warnings.append("warning: \(fileName): the recorded hedge row `\(text)` cannot be read; the built-in row is used")
                continue
            }
            let builtIn = builtinHedges.row(word)
            if builtIn?.rule != rule {
                warnings.append("warning: \(fileName): the built-in hedge table reads `\(word)` as \(builtIn?.rule.text ?? "nothing"); this notebook keeps its recorded \(rule.text)")
            }
            read.append(HedgeTable.Row(word: word, rule: rule, basis: builtIn?.rule == rule ? builtIn!.basis : "recorded in the notebook"))
        }
        return (read, warnings)
    }

    /// Makes the rows a notebook recorded this session's starting rows, as a replay starts with
    /// them, before `:open` or `--recover` replays its cells here. Returns the warnings (as
    /// `dossier replay` gives them, and one for each row the user's `:hedge` keeps). Throws, and
    /// changes nothing, when this session has already read a recorded word with another row: its
    /// own cells and the notebook's would then need two rows for one word in one header.
    public func adoptRecordedHedges(_ rows: [String], fileName: String) throws(Diagnostic) -> [String] {
        let (read, parseWarnings) = Interpreter.recordedRows(rows, fileName: fileName)
        var warnings = parseWarnings
        var base = baseHedges
        var changed = state.hedges
        for row in read where base.row(row.word)?.rule != row.rule {
            if hedgeWordsUsed.contains(row.word) {
                throw Diagnostic(.command, "\(fileName) was recorded with the hedge row `\(row.word) = \(row.rule.text)`, but this session has already read `\(row.word)` as \(base.row(row.word)?.rule.text ?? "nothing")",
                                 help: "open it in a new session, or replay it with `dossier replay \(fileName)`")
            }
            if let own = changed?.row(row.word), own != base.row(row.word) {
                // The user's :hedge stays, as an :assume does over a fact.
                if own.rule != row.rule {
                    warnings.append("warning: \(fileName): the notebook recorded `\(row.word) = \(row.rule.text)`; your :hedge reads it as \(own.rule.text), and the opened cells use yours")
                }
            } else {
                changed = changed?.replacing(row.word, with: row.rule, basis: row.basis)
            }
            base = base.replacing(row.word, with: row.rule, basis: row.basis)
        }
        startingHedges = base
        state.hedges = changed
        return warnings
    }
}
