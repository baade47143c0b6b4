import Quantity

/// The unit prelude as a table of results (Sources/BuiltinData/prelude-units.table): each unit's
/// symbol, size, dimension, aliases and note, as parsing and evaluating `prelude.units` gives
/// them, one line a unit in definition order. Every session starts from the prelude, and reading
/// this table costs a fraction of parsing and evaluating ~100 definitions at each start.
///
/// `prelude.units` stays the source; this file is made from it by `PreludeTableTests`
/// (`DOSSIER_RECORD=1 swift test --filter PreludeTableTests`), which fail while the two disagree
/// in any unit, name or note. Its first line holds a fingerprint of the prelude it was made from:
/// a table left behind after the prelude changed is not used (the prelude is parsed instead), so
/// a stale table can cost time but never change a unit.
///
///     # prelude.units fingerprint 0123456789abcdef
///     # comment lines start with #
///     SYMBOL TAB FACTOR TAB MONEY,MASS,TIME,LENGTH,CURRENCY TAB ALIAS ALIAS… [TAB NOTE]
///     USD	1.0	1,0,0,0,0	usd dollar dollars
///     month	2629746.0	0,0,1,0,0	months
enum PreludeTable {
    /// The table's text for `table`: every unit in index order, each name under the unit it names.
    static func text(of table: UnitTable, source: String) -> String {
        var aliases = [[String]](repeating: [], count: table.units.count)
        for (name, index) in table.names where name != table[index].symbol { aliases[Int(index)].append(name) }
        var out = fingerprintLine(of: source) + "\n" + "# Generated from prelude.units by PreludeTableTests (DOSSIER_RECORD=1 swift test --filter PreludeTableTests).\n"
            + "# Do not edit: change prelude.units and record again. Columns: symbol, factor, dimension\n"
            + "# (money, mass, time, length, temperature exponents and currency), aliases, and the note if any.\n"
        for (i, info) in table.units.enumerated() {
            let d = info.dimension
            out += "\(info.symbol)\t\(info.factor)\t\(d.money),\(d.mass),\(d.time),\(d.length),\(d.temperature),\(d.currency)\t"
            out += aliases[i].sorted().joined(separator: " ")
            if let note = info.note { out += "\t" + note }
            out += "\n"
        }
        return out
    }

    /// The first line of a table made from the prelude `source`: its 64-bit FNV-1a hash.
    static func fingerprintLine(of source: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var source = source
        // Over the bytes in place (iterating the UTF-8 view costs several times more, every start).
        source.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return "# prelude.units fingerprint " + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The table `text` describes if it was made from the prelude `source`; nil when it was made
    /// from another text or a line is malformed. Read from the bytes in place: this runs at every
    /// start (splitting into collections made the runtime build their types).
    static func read(_ text: String, source: String) -> UnitTable? {
        guard text.utf8.starts(with: fingerprintLine(of: source).utf8 + [0x0A]) else { return nil }
        var text = text
        return text.withUTF8 { bytes -> UnitTable? in
            var table = UnitTable()
            // Room for the prelude's units and their spellings (about four names a unit).
            table.reserve(units: 256, names: 1024)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                if end == start || bytes[start] == UInt8(ascii: "#") { continue }
                guard let unit = unit(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
                table.define(unit.info, aliases: unit.aliases)
            }
            // An empty table is a broken file, not a prelude with no units.
            return table.units.isEmpty ? nil : table
        }
    }

    /// One line's unit: `SYMBOL TAB FACTOR TAB M,M,T,L,C TAB ALIASES [TAB NOTE]`.
    private static func unit(_ line: UnsafeBufferPointer<UInt8>) -> (info: UnitInfo, aliases: [String])? {
        // The tabs before the factor, the dimension, the aliases and the note (a note may hold tabs).
        var tabs = InlineArray<4, Int>(repeating: line.count), found = 0
        for i in line.indices where line[i] == 0x09 && found < 4 {
            tabs[found] = i
            found += 1
        }
        guard found >= 3 else { return nil }
        func text(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: line[a..<b]), as: UTF8.self) }
        guard let factor = Double(text(tabs[0] + 1, tabs[1])) else { return nil }
        // Six small integers, each ended by a comma or (the last) the tab.
        var e = InlineArray<6, Int>(repeating: 0), count = 0, value = 0, sign = 1, digits = 0
        for i in (tabs[1] + 1)...tabs[2] {
            let b = line[i]
            if b == UInt8(ascii: "-"), digits == 0, sign == 1 {
                sign = -1
            } else if b >= 0x30 && b <= 0x39, digits < 4 {
                value = value * 10 + Int(b - 0x30)
                digits += 1
            } else if (b == UInt8(ascii: ",") && count < 5) || (b == 0x09 && count == 5), digits > 0 {
                e[count] = sign * value
                (count, value, sign, digits) = (count + 1, 0, 1, 0)
            } else {
                return nil
            }
        }
        guard count == 6, abs(e[0]) <= Dimension.maxExponent, abs(e[1]) <= Dimension.maxExponent, abs(e[2]) <= Dimension.maxExponent,
              abs(e[3]) <= Dimension.maxExponent, abs(e[4]) <= Dimension.maxExponent, (0...255).contains(e[5]) else { return nil }
        var aliases: [String] = []
        var a = tabs[2] + 1
        while a < tabs[3] {
            var b = a
            while b < tabs[3], line[b] != 0x20 { b += 1 }
            if b > a { aliases.append(text(a, b)) }
            a = b + 1
        }
        let dimension = Dimension(money: Int8(e[0]), mass: Int8(e[1]), time: Int8(e[2]), length: Int8(e[3]), temperature: Int8(e[4]), currency: UInt8(e[5]))
        let note = found == 4 ? text(tabs[3] + 1, line.count) : nil
        return (UnitInfo(symbol: text(0, tabs[0]), factor: factor, dimension: dimension, note: note), aliases)
    }
}
