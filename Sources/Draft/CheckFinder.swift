import Extract

/// Finds the arithmetic a sentence states with its own numbers: an amount after a result word
/// (`generate`, `total`, `worth`: the lexicon's `[results]`) that a money amount before it times a
/// count in the sentence would give, as in "earning around $2,000 per month, which could generate
/// over $200 million annually if 10,000 troops are sent"; or, anywhere in the sentence, a money
/// amount equal to the product of another money amount and a count in it to the precision it is
/// written with ("holds $300 million, which could cover around 25,000 families at $12,000 each").
struct CheckFinder {
    /// One drafted check: `money * count` against `stated`, indices into the quantities.
    struct Found {
        var money: Int
        var count: Int
        var stated: Int
        /// The span of the three quantities in the text.
        var start: Int
        var end: Int
    }

    let quantities: [ExtractedQuantity]
    let scalars: [Unicode.Scalar]
    let results: Set<String>

    /// The checks of the quantities for which `written` is true (those written as facts), and
    /// the sentences with a result word but no check found (for a review comment).
    func find(written: (Int) -> Bool) -> (checks: [Found], unsure: [Int]) {
        var checks: [Found] = [], unsure: [Int] = []
        let bySentence = Dictionary(grouping: quantities.indices.filter(written), by: { quantities[$0].sentence })
        for (stated, s) in quantities.enumerated() where written(stated) && s.vague == nil && s.low == nil {
            let peers = bySentence[s.sentence] ?? []
            guard peers.count >= 2 else { continue }
            let before = peers.last { quantities[$0].end <= s.start }
            let result = before.map { hasResultWord(from: quantities[$0].end, to: s.start) } ?? false
            if result, let found = afterResultWord(stated, peers) ?? equalProduct(stated, peers) {
                checks.append(found)
            } else if result {
                unsure.append(stated)
            } else if let found = equalProduct(stated, peers) {
                checks.append(found)
            }
        }
        return (checks, unsure)
    }

    /// After a result word: the last money amount before `stated` in its unit, times a count.
    private func afterResultWord(_ stated: Int, _ peers: [Int]) -> Found? {
        let s = quantities[stated]
        let money = peers.last { m in
            let q = quantities[m]
            return q.end <= s.start && q.unit == s.unit && q.unit != "count" && (q.per == nil) == (s.per == nil) && isPoint(q)
        }
        let counts = peers.filter { quantities[$0].unit == "count" && isPoint(quantities[$0]) && $0 != stated }
        guard let money, let count = counts.first(where: { quantities[$0].start > s.start }) ?? counts.last else { return nil }
        return found(money, count, stated)
    }

    /// Anywhere in the sentence: a money amount in the stated amount's unit and period times a
    /// count above one that gives the stated amount to the precision it is written with.
    private func equalProduct(_ stated: Int, _ peers: [Int]) -> Found? {
        let s = quantities[stated]
        guard s.unit != "count", s.bound == nil, let total = s.value, let place = Self.place(s) else { return nil }
        for money in peers where money != stated {
            let m = quantities[money]
            guard m.unit == s.unit, m.per == s.per, isPoint(m), let amount = m.value else { continue }
            for count in peers where count != stated && count != money {
                let c = quantities[count]
                guard c.unit == "count", isPoint(c), let n = c.value, n > 1 else { continue }
                if abs(amount * n - total) <= place / 2 { return found(money, count, stated) }
            }
        }
        return nil
    }

    private func isPoint(_ q: ExtractedQuantity) -> Bool {
        q.value != nil && q.bound == nil && q.vague == nil && q.low == nil
    }

    private func found(_ money: Int, _ count: Int, _ stated: Int) -> Found {
        let members = [money, count, stated].map { quantities[$0] }
        return Found(money: money, count: count, stated: stated, start: members.map(\.start).min()!, end: members.map(\.end).max()!)
    }

    /// The place value of the last digit written (`$300 million` → 1,000,000, `$2.5bn` →
    /// 100,000,000, `$12,000` → 1); nil when the amount is written without digits.
    static func place(_ q: ExtractedQuantity) -> Double? {
        let text = Array(q.text.unicodeScalars)
        guard let value = q.value, value > 0, let first = text.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        var digits = "", decimals = 0, afterPoint = false, k = first
        while k < text.count {
            let c = text[k]
            if ("0"..."9").contains(c) {
                digits.unicodeScalars.append(c)
                if afterPoint { decimals += 1 }
            } else if c == ".", !afterPoint, k + 1 < text.count, ("0"..."9").contains(text[k + 1]) {
                digits += "."; afterPoint = true
            } else if c != "," {
                break
            }
            k += 1
        }
        guard let mantissa = Double(digits), mantissa > 0 else { return nil }
        var place = value / mantissa
        for _ in 0..<decimals { place /= 10 }
        return place
    }

    /// Whether the words between two offsets hold a result word or phrase.
    private func hasResultWord(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let words = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        for i in words.indices {
            for length in 1...min(3, words.count - i) where results.contains(words[i..<(i + length)].joined(separator: " ")) {
                return true
            }
        }
        return false
    }
}
