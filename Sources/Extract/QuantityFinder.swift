/// Finds the quantity phrases of one sentence: `[qualifier] [currency sign] number [range]
/// [unit] [period]`, or a vague amount (`thousands of`), and leaves out what only looks like one:
/// years and dates, ordinals, clock times, labels (`page 5`) and numbers inside names (`G7`).
struct QuantityFinder {
    let lexicon: Lexicon
    var numbers: NumberReader { NumberReader(lexicon: lexicon) }

    /// One quantity phrase, by token indices.
    struct Phrase {
        var first: Int
        var end: Int
        var value: Double?
        var low: Double?
        var high: Double?
        var bound: String?
        var vague: String?
        var unit = "count"
        var per: String?
        var qualifier: String?
        var approximate = false
        /// Where a counted noun may start (after the number and any unit).
        var nounStart: Int
        /// The index after the unit, before any `of …` phrase and period.
        var unitEnd: Int
    }

    /// The quantities of `tokens[range]`, in order.
    func phrases(_ tokens: [Token], in range: Range<Int>) -> [Phrase] {
        var found: [Phrase] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].kind == .word, !lexicon.starters.contains(tokens[i].lower) {
                i += 1
                continue
            }
            if let phrase = phrase(tokens, at: i, sentence: range) {
                found.append(phrase)
                i = phrase.end
            } else {
                i = skipNonQuantity(tokens, at: i, limit: range.upperBound)
            }
        }
        return found
    }

    /// Past a token that starts no quantity; past both years of `2012-13`.
    private func skipNonQuantity(_ tokens: [Token], at i: Int, limit: Int) -> Int {
        if tokens[i].kind == .number, i + 2 < limit, tokens[i + 1].lower == "-" || tokens[i + 1].lower == "–", tokens[i + 2].kind == .number {
            return i + 3
        }
        return i + 1
    }

    private func phrase(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Phrase? {
        let limit = sentence.upperBound
        if tokens[i].lower == "between", var inner = body(tokens, at: i + 1, limit: limit, qualifier: nil, between: true), inner.low != nil {
            inner.first = i
            inner.qualifier = "between"
            return inner
        }
        if let (kind, j) = lexicon.qualifiers.match(tokens, at: i, limit: limit).map({ ($0.value, $0.end) }),
           var inner = body(tokens, at: j, limit: limit, qualifier: kind, between: false) {
            inner.first = i
            inner.qualifier = text(tokens, i..<j).lowercased()
            inner.approximate = kind == "approx"
            if ["over", "at-least", "under", "at-most", "up-to"].contains(kind), inner.value != nil { inner.bound = kind }
            return inner
        }
        return body(tokens, at: i, limit: limit, qualifier: nil, between: false)
    }

    /// A quantity without its qualifier, starting at `tokens[i]`.
    private func body(_ tokens: [Token], at i: Int, limit: Int, qualifier: String?, between: Bool) -> Phrase? {
        guard i < limit else { return nil }
        var k = i
        var currency: String?
        if let sign = lexicon.currencySigns.match(tokens, at: i, limit: limit),
           numbers.read(tokens, at: sign.end, limit: limit, money: true) != nil {
            currency = sign.value
            k = sign.end
        }
        guard let first = numbers.read(tokens, at: k, limit: limit, money: currency != nil) else {
            return currency == nil && !between ? vagueAmount(tokens, at: i, limit: limit) : nil
        }
        if currency == nil && qualifier == nil && isNotAQuantity(tokens, first, at: k, limit: limit) { return nil }
        var phrase = Phrase(first: i, end: first.end, value: first.value, nounStart: first.end, unitEnd: first.end)
        var end = first.end
        // A range: `600,000 to 700,000`, `2,000-2,300`, `between 2,000 and 2,300`, `$5 to $6 million`.
        if let (second, secondEnd) = rangeEnd(tokens, after: first, start: k, limit: limit, money: currency != nil, between: between) {
            var low = first.value
            if first.scale == 1, second.scale > 1, low * second.scale <= second.value { low *= second.scale }
            phrase.value = nil
            phrase.low = low
            phrase.high = second.value
            end = secondEnd
        } else if between {
            return nil
        }
        if currency == nil, first.loneOne, lexicon.units.match(tokens, at: end, limit: limit) == nil { return nil }
        // The unit: the currency sign's, or a unit word after the number (`tons`, `%`, `10-km`).
        var unitStart = end
        // `two more weeks`, `5 additional tonnes`.
        if end + 1 < limit, ["more", "additional", "extra", "further"].contains(tokens[end].lower),
           lexicon.units.match(tokens, at: end + 1, limit: limit) != nil { unitStart = end + 1 }
        if end < limit, tokens[end].lower == "-", !tokens[end].spaceBefore, end + 1 < limit, !tokens[end + 1].spaceBefore { unitStart = end + 1 }
        if let currency {
            phrase.unit = currency
            // `$5 million dollars` says it twice.
            if let word = lexicon.units.match(tokens, at: unitStart, limit: limit), word.value == currency { end = word.end }
        } else if let word = unitWord(tokens, at: unitStart, limit: limit) {
            // `120 MEUR`: a unit written with a scale of its own (`EUR 1e6`).
            let parts = word.value.split(separator: " ")
            phrase.unit = String(parts[0])
            if parts.count > 1, let factor = Double(parts[1]) { scale(&phrase, by: factor) }
            end = word.end
            // `75 USD million`: a scale after the money word.
            if isMoney(phrase.unit), end < limit, let s = lexicon.scales[tokens[end].lower], !s.abbreviated {
                scale(&phrase, by: s.value)
                end += 1
            }
        }
        if isMoney(phrase.unit), let cents = cents(tokens, after: end, limit: limit) {
            // `3 dollars 50 cents`, `15 dollars and 50.`
            phrase.value = phrase.value.map { $0 + cents.value }
            end = cents.end
        }
        phrase.unitEnd = end
        phrase.nounStart = end
        phrase.end = end
        period(tokens, &phrase, limit: limit)
        return phrase
    }

    private func scale(_ phrase: inout Phrase, by factor: Double) {
        phrase.value = phrase.value.map { $0 * factor }
        phrase.low = phrase.low.map { $0 * factor }
        phrase.high = phrase.high.map { $0 * factor }
    }

    /// An ISO currency code (three capitals) or a unit made of one.
    private func isMoney(_ unit: String) -> Bool {
        unit.unicodeScalars.count == 3 && unit.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }

    /// The cents after a whole amount of money: `[and] N cents`, or `[and] N` ending the clause;
    /// N a whole number under 100.
    private func cents(_ tokens: [Token], after k: Int, limit: Int) -> (value: Double, end: Int)? {
        var m = k
        if m < limit, tokens[m].lower == "and" { m += 1 }
        guard m < limit, let number = numbers.read(tokens, at: m, limit: limit, money: false),
              number.scale == 1, number.value < 100, number.value == number.value.rounded(), number.value >= 1 else { return nil }
        if number.end < limit, ["cents", "cent"].contains(tokens[number.end].lower) { return (number.value / 100, number.end + 1) }
        let closes = number.end == limit || [".", ",", ";", "!", "?"].contains(tokens[number.end].lower)
        return closes && tokens[m].kind == .number ? (number.value / 100, number.end) : nil
    }

    /// A unit word after a number, with the spellings that are words too kept to their sense.
    private func unitWord(_ tokens: [Token], at k: Int, limit: Int) -> (value: String, end: Int)? {
        // A unit in brackets right after the number: `20 (kg)`, `20 [kg]`.
        if k + 2 < limit, ["(", "[", "{", "<"].contains(tokens[k].lower), let word = lexicon.units.match(tokens, at: k + 1, limit: limit),
           word.end < limit, [")", "]", "}", ">"].contains(tokens[word.end].lower) {
            return (word.value, word.end + 1)
        }
        guard let word = lexicon.units.match(tokens, at: k, limit: limit) else { return nil }
        let spelling = tokens[k].lower
        // `5 m` is metres, but `the 5 M…` and `5 g.` of a name are not units; `m`/`g` must be lower case.
        if spelling.count == 1, tokens[k].capitalized { return nil }
        // `a 10 year` … `10 years ago` is a date.
        if word.end < limit, ["ago", "earlier", "later", "old"].contains(tokens[word.end].lower), ["year", "month", "day", "week"].contains(word.value) {
            return tokens[word.end].lower == "old" ? word : nil
        }
        return word
    }

    /// The second number of a range after `first`, if the text writes one.
    private func rangeEnd(_ tokens: [Token], after first: NumberReader.Numeral, start: Int, limit: Int, money: Bool, between: Bool) -> (NumberReader.Numeral, Int)? {
        let k = first.end
        guard k + 1 < limit else { return nil }
        let joiner = tokens[k].lower
        let hyphen = joiner == "-" || joiner == "–"
        guard between ? joiner == "and" : (joiner == "to" || hyphen) else { return nil }
        // `from 5 to 7` is a change, two quantities; `2012-13` is two years.
        if joiner == "to", start > 0, tokens[start - 1].lower == "from" { return nil }
        var m = k + 1
        if money, let sign = lexicon.currencySigns.match(tokens, at: m, limit: limit) { m = sign.end }
        // `$2,000-$` at the end: a sign with no number after it ends no range.
        guard m < limit else { return nil }
        if hyphen && tokens[m].kind != .number { return nil }
        guard let second = numbers.read(tokens, at: m, limit: limit, money: money) else { return nil }
        if first.bareDigits, second.bareDigits, (1800...2100).contains(first.value) { return nil }
        return (second, second.end)
    }

    /// `thousands of soldiers`, `many more`, `millions of dollars`.
    private func vagueAmount(_ tokens: [Token], at i: Int, limit: Int) -> Phrase? {
        guard let match = lexicon.vague.match(tokens, at: i, limit: limit) else { return nil }
        let word = match.value
        let always = ["thousands", "hundreds", "millions", "billions", "dozens", "tens of thousands", "hundreds of thousands"].contains(word)
        let next = match.end < limit ? tokens[match.end] : nil
        // `many`, `several`, `a few` count something only when a plural noun, `more` or `of` follows.
        if !always {
            if !word.hasSuffix("more") {
                guard let next, next.kind == .word, next.lower == "of" || next.lower.hasSuffix("s") || next.lower == "people" else { return nil }
                if lexicon.hedges.contains(next.lower) || lexicon.reporting.contains(next.lower) { return nil }
            }
        }
        var phrase = Phrase(first: i, end: match.end, vague: text(tokens, i..<match.end).lowercased(), nounStart: match.end, unitEnd: match.end)
        // `millions of dollars`: the unit after `of`.
        if let next, next.lower == "of", let unit = lexicon.units.match(tokens, at: match.end + 1, limit: limit), unit.value != "x" {
            phrase.unit = unit.value
            phrase.end = unit.end
            phrase.unitEnd = unit.end
            phrase.nounStart = unit.end
        }
        return phrase
    }

    /// Years, dates, ordinals, clock times, labels and names: digits that are no amount.
    private func isNotAQuantity(_ tokens: [Token], _ numeral: NumberReader.Numeral, at k: Int, limit: Int) -> Bool {
        let token = tokens[k]
        let next = numeral.end < limit ? tokens[numeral.end] : nil
        let previous = k > 0 ? tokens[k - 1] : nil
        if token.kind == .number {
            // 25th, 3rd; 10:30; 3 p.m.
            if let next, !next.spaceBefore, ["st", "nd", "rd", "th"].contains(next.lower) { return true }
            if let next, next.lower == ":", !next.spaceBefore, numeral.end + 1 < limit, tokens[numeral.end + 1].kind == .number { return true }
            if let previous, previous.lower == ":" || previous.lower == "/", !token.spaceBefore { return true }
            // 3/4/2020 and 24/7: a date or a ratio, not an amount (a fraction was read as one).
            if let next, next.lower == "/", !next.spaceBefore, numeral.bareDigits { return true }
            if let next, ["am", "pm", "a", "p"].contains(next.lower), numeral.end + 1 < limit ? (next.lower.count == 2 || tokens[numeral.end + 1].lower == ".") : next.lower.count == 2 { return true }
            // `1 )` and `2 )` number the items of a list.
            if let next, next.lower == ")", previous == nil || previous?.lower == ";" { return true }
            // G7, F-16, COVID-19, #5.
            if let previous, !token.spaceBefore, previous.kind == .word || previous.lower == "#" { return true }
            if let previous, previous.lower == "-", !token.spaceBefore, k >= 2, tokens[k - 2].kind == .word, !previous.spaceBefore { return true }
        }
        // Dates: February 25, 25 February, Feb. 25.
        if let previous, isMonth(previous) { return true }
        // `Feb. 25`, and in lower-case text `dec. 12`: an abbreviated month with its stop is a month.
        if k >= 2, tokens[k - 1].lower == ".", tokens[k - 2].kind == .word, lexicon.months.contains(tokens[k - 2].lower) { return true }
        if let next, isMonth(next) { return true }
        // page 5, No. 7, Studio 7.
        if let previous, lexicon.labels.contains(previous.lower) { return true }
        if k >= 2, tokens[k - 1].lower == ".", lexicon.labels.contains(tokens[k - 2].lower) { return true }
        // A year: four bare digits from 1800 to 2100, unless a unit or a plural noun follows.
        if numeral.bareDigits, (1800...2100).contains(numeral.value), token.lower.count == 4 {
            if lexicon.units.match(tokens, at: numeral.end, limit: limit) != nil { return false }
            let yearWords: Set<String> = ["in", "since", "by", "of", "until", "from", "to", "during", "before", "after", "early", "late", "mid", "the", "year", "fiscal", "’", "'", "and", "or"]
            if let previous, yearWords.contains(previous.lower) { return true }
            guard let next, next.kind == .word, !next.capitalized, next.lower.hasSuffix("s") else { return true }
        }
        return false
    }

    private func isMonth(_ token: Token) -> Bool {
        token.kind == .word && token.capitalized && lexicon.months.contains(token.lower)
    }

    /// The period of a rate after the unit: `per month`, `annually`, or after `of grain`/`troops`.
    private func period(_ tokens: [Token], _ phrase: inout Phrase, limit: Int) {
        var k = phrase.end
        var skipped = 0
        while k < limit, skipped <= 3 {
            if let match = lexicon.periods.match(tokens, at: k, limit: limit) {
                // `a year ago` is a date, not a rate.
                if match.end < limit, ["ago", "earlier", "before", "later"].contains(tokens[match.end].lower) { return }
                phrase.per = match.value
                phrase.end = match.end
                return
            }
            let token = tokens[k]
            // Only `of grain` (and a count's noun) may stand between an amount and its period.
            guard token.kind == .word, token.lower == "of" || skipped > 0 || phrase.unit == "count" else { return }
            if lexicon.hedges.contains(token.lower) || lexicon.reporting.contains(token.lower) || lexicon.qualifiers.contains(token.lower) { return }
            if ["is", "are", "was", "were", "to", "in", "for", "and", "or", "the", "which", "that", "who"].contains(token.lower) { return }
            skipped += 1
            k += 1
        }
    }

    /// The text of a token range as written.
    func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        range.map { (tokens[$0].spaceBefore && $0 != range.lowerBound ? " " : "") + tokens[$0].lower }.joined()
    }
}
