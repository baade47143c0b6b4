/// A line diff (the standard library's `difference(from:)`) printed as a unified diff, as `diff -u` prints one.
public enum LineDiff {
    /// One line of an edit script.
    enum Edit: Equatable {
        case keep(Int, Int)  // old index, new index
        case delete(Int)     // old index
        case insert(Int)     // new index
    }

    /// Past this many differing lines the middle is shown as one replacement, to bound time and memory.
    static let maximumEditDistance = 1000

    /// The unified diff from `old` to `new` (`context` lines around each change), headed by
    /// `--- oldName` and `+++ newName`; empty when the texts are equal.
    public static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { if case .keep = $0 { false } else { true } }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(edits, context: context) {
            out += header(hunk)
            for edit in hunk {
                switch edit {
                case .keep(let i, _): out += " \(a[i])\n"
                case .delete(let i): out += "-\(a[i])\n"
                case .insert(let j): out += "+\(b[j])\n"
                }
            }
        }
        return out
    }

    /// A text's lines; a final newline ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [Substring] {
        var parts = text.newlineSeparated()
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The edit script turning `a` into `b`: the common prefix and suffix are kept, the middle is
    /// diffed by `middle`.
    static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var edits = (0..<prefix).map { Edit.keep($0, $0) }
        edits += middle(a, b, from: prefix, oldEnd: a.count - suffix, newEnd: b.count - suffix)
        edits += (0..<suffix).map { Edit.keep(a.count - suffix + $0, b.count - suffix + $0) }
        return edits
    }

    /// A shortest edit script between `a[start..<oldEnd]` and `b[start..<newEnd]`, by the standard
    /// library's `difference(from:)` (Myers' algorithm); deletions come before insertions at one
    /// place, as `diff -u` prints them.
    static func middle(_ a: [Substring], _ b: [Substring], from start: Int, oldEnd: Int, newEnd: Int) -> [Edit] {
        let old = Array(a[start..<oldEnd]), new = Array(b[start..<newEnd])
        let replaceAll = (start..<oldEnd).map(Edit.delete) + (start..<newEnd).map(Edit.insert)
        if old.isEmpty || new.isEmpty { return replaceAll }
        // Any script needs at least n + m − 2·(lines the two sides share) edits: past the cap, skip the search.
        var counts: [Substring: Int] = [:]
        for line in old { counts[line, default: 0] += 1 }
        var shared = 0
        for line in new where counts[line, default: 0] > 0 { counts[line]! -= 1; shared += 1 }
        if old.count + new.count - 2 * shared > maximumEditDistance { return replaceAll }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count && removed.contains(i) { edits.append(.delete(start + i)); i += 1 }
            else if j < new.count && inserted.contains(j) { edits.append(.insert(start + j)); j += 1 }
            else { edits.append(.keep(start + i, start + j)); i += 1; j += 1 }
        }
        return edits
    }

    /// Groups edits into hunks: each change with up to `context` kept lines either side, hunks
    /// closer than twice the context merged.
    static func hunks(_ edits: [Edit], context: Int) -> [ArraySlice<Edit>] {
        let changed = edits.indices.filter { if case .keep = edits[$0] { false } else { true } }
        var result: [ArraySlice<Edit>] = []
        var i = 0
        while i < changed.count {
            let lo = max(0, changed[i] - context)
            var hi = changed[i]
            while i + 1 < changed.count, changed[i + 1] - hi <= 2 * context + 1 { i += 1; hi = changed[i] }
            result.append(edits[lo...min(edits.count - 1, hi + context)])
            i += 1
        }
        return result
    }

    /// `@@ -l,s +l,s @@`, with diff's conventions: a count of 1 is left out, and an empty side
    /// names the line before it.
    static func header(_ hunk: ArraySlice<Edit>) -> String {
        var oldLines: [Int] = [], newLines: [Int] = []
        var oldBefore = 0, newBefore = 0
        for edit in hunk {
            switch edit {
            case .keep(let i, let j): oldLines.append(i); newLines.append(j)
            case .delete(let i): oldLines.append(i)
            case .insert(let j): newLines.append(j)
            }
        }
        // For an empty side, the position is the line before the hunk.
        if let first = hunk.first {
            switch first {
            case .keep(let i, let j): oldBefore = i; newBefore = j
            case .delete(let i): oldBefore = i; newBefore = positionInNew(hunk)
            case .insert(let j): newBefore = j; oldBefore = positionInOld(hunk)
            }
        }
        return "@@ -\(range(oldLines, before: oldBefore)) +\(range(newLines, before: newBefore)) @@\n"
    }

    static func positionInNew(_ hunk: ArraySlice<Edit>) -> Int {
        for edit in hunk { if case .insert(let j) = edit { return j }; if case .keep(_, let j) = edit { return j } }
        return 0
    }

    static func positionInOld(_ hunk: ArraySlice<Edit>) -> Int {
        for edit in hunk { if case .delete(let i) = edit { return i }; if case .keep(let i, _) = edit { return i } }
        return 0
    }

    static func range(_ lines: [Int], before: Int) -> String {
        guard let first = lines.first else { return "\(before),0" }
        return lines.count == 1 ? "\(first + 1)" : "\(first + 1),\(lines.count)"
    }
}
