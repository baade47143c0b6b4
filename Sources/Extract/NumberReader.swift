/// Reads one number written in digits, words or both: `2,000`, `1.6 mil`, `74-thousand`, `$2.5bn`'s
/// `2.5bn`, `a dozen`, `half a million`, `one-point-six million`, `twenty-five`.
struct NumberReader {
    let lexicon: Lexicon

    /// A number read from the tokens.
    struct Numeral {
        var value: Double
        /// The index after its last token.
        var end: Int
        /// The product of its scale words (1 when it has none).
        var scale: Double
        /// Digits alone, with no group separator, decimal point or scale: a year is one.
        var bareDigits: Bool
        /// The number is the single word `one`.
        var loneOne: Bool
    }

    /// The number starting at `tokens[index]`, if any; `money` allows `m` and `b` as scales.
    func read(_ tokens: [Token], at index: Int, limit: Int, money: Bool) -> Numeral? {
        guard index < limit else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard let digits = Double(token.lower.filter { $0 != "," }) else { return nil }
            var numeral = Numeral(value: digits, end: index + 1, scale: 1, bareDigits: !token.lower.contains(",") && !token.lower.contains("."), loneOne: false)
            fraction(tokens, &numeral, limit: limit)
            // `1½`: a fraction character right after the digits.
            if numeral.bareDigits, numeral.end < limit, !tokens[numeral.end].spaceBefore, tokens[numeral.end].kind == .mark,
               let part = lexicon.numbers[tokens[numeral.end].lower], part < 1 {
                numeral.value += part
                numeral.end += 1
                numeral.bareDigits = false
            }
            scaleWords(tokens, &numeral, limit: limit, money: money)
            return numeral
        }
        // `½ teaspoon`, and `1½` after digits is read above as 1 then ½: a fraction mark alone.
        if token.kind == .mark, let value = lexicon.numbers[token.lower] {
            var numeral = Numeral(value: value, end: index + 1, scale: 1, bareDigits: false, loneOne: false)
            scaleWords(tokens, &numeral, limit: limit, money: money)
            return numeral
        }
        guard token.kind == .word else { return nil }
        return words(tokens, at: index, limit: limit)
    }

    /// A fraction: `1/4` alone, or after a whole number (`10 1/2`, `7 3/4`); `9/11/2001` is no fraction.
    private func fraction(_ tokens: [Token], _ numeral: inout Numeral, limit: Int) {
        func slashed(at k: Int) -> Double? {
            guard k + 2 < limit, tokens[k].kind == .number, tokens[k + 1].lower == "/", !tokens[k + 1].spaceBefore,
                  tokens[k + 2].kind == .number, !tokens[k + 2].spaceBefore,
                  let top = Double(tokens[k].lower), let bottom = Double(tokens[k + 2].lower), bottom > 0, top < bottom else { return nil }
            // A third part (`3/4/2020`) makes a date.
            if k + 3 < limit, tokens[k + 3].lower == "/" { return nil }
            return top / bottom
        }
        let k = numeral.end - 1
        if let part = slashed(at: k) {
            numeral.value = part
            numeral.end = k + 3
            numeral.bareDigits = false
        } else if numeral.bareDigits, numeral.end < limit, tokens[numeral.end].spaceBefore, let part = slashed(at: numeral.end) {
            numeral.value += part
            numeral.end += 3
            numeral.bareDigits = false
        }
    }

    /// Scale words after digits: `4 million`, `74-thousand`, `2.5bn`, `NZ$302m`.
    private func scaleWords(_ tokens: [Token], _ numeral: inout Numeral, limit: Int, money: Bool) {
        while numeral.end < limit {
            var k = numeral.end
            let hyphen = tokens[k].lower == "-" && !tokens[k].spaceBefore && k + 1 < limit && !tokens[k + 1].spaceBefore
            if hyphen { k += 1 }
            guard tokens[k].kind == .word, let scale = lexicon.scales[tokens[k].lower] else { return }
            if scale.abbreviated {
                // `5k`, `$3m`, `$2b`: written against the digits, and `m`/`b` only for money.
                // `1.8M dollars`: a money word after the scale makes it money too.
                let moneyAfter = k + 1 < limit && tokens[k + 1].kind == .word && ["dollars", "euros", "pounds", "yen", "yuan"].contains(tokens[k + 1].lower)
                guard !hyphen, !tokens[k].spaceBefore, k == numeral.end, money || moneyAfter || tokens[k].lower == "k" else { return }
                // `5km` is five kilometres, not 5,000 m: a longer unit word is read by the unit table.
            }
            numeral.value *= scale.value
            numeral.scale *= scale.value
            numeral.bareDigits = false
            numeral.end = k + 1
        }
    }

    /// A number in words: `two`, `a dozen`, `half a million`, `three hundred and fifty thousand`.
    private func words(_ tokens: [Token], at index: Int, limit: Int) -> Numeral? {
        var k = index
        var total = 0.0, current = 0.0, scale = 1.0
        var seen = false
        let first = tokens[index].lower
        if first == "a" || first == "an" {
            // `a dozen`, `a million`: "a" is one only before a multiplier.
            guard k + 1 < limit, isMultiplier(tokens[k + 1].lower) else { return nil }
            current = 1; seen = true; k += 1
        } else if first == "half" || first == "quarter" {
            // `half a million`, `half million`
            current = lexicon.numbers[first] ?? 0.5
            if k + 2 < limit, tokens[k + 1].lower == "a", isMultiplier(tokens[k + 2].lower) {
                k += 2
            } else if k + 1 < limit, isMultiplier(tokens[k + 1].lower), tokens[k + 1].lower != "dozen" {
                k += 1
            } else {
                return nil
            }
            seen = true
        }
        var words = 0
        var end = k
        while k < limit {
            let word = tokens[k].lower
            if word == "-", seen, !tokens[k].spaceBefore, k + 1 < limit, !tokens[k + 1].spaceBefore { k += 1; continue }
            if word == "and", seen, k + 1 < limit, let next = lexicon.numbers[tokens[k + 1].lower], next >= 1, current >= 100 { k += 1; continue }
            if let value = lexicon.numbers[word], value >= 1, word != "dozen" {
                current += value
            } else if word == "dozen" || word == "hundred" {
                let factor = word == "dozen" ? 12.0 : 100.0
                current = (current == 0 ? 1 : current) * factor
                if !seen { scale *= factor }
            } else if let s = lexicon.scales[word], !s.abbreviated, s.value >= 1000 {
                guard seen else { break }
                total += current * s.value
                scale *= s.value
                current = 0
            } else if word == "point", seen, let fraction = decimals(tokens, after: k, limit: limit) {
                current += fraction.value
                k = fraction.end
                end = k
                words += 1
                continue
            } else {
                break
            }
            seen = true
            words += 1
            k += 1
            end = k
        }
        guard seen, words > 0 || current > 0 || total > 0 else { return nil }
        let value = total + current
        guard value > 0 else { return nil }
        return Numeral(value: value, end: end, scale: scale, bareDigits: false, loneOne: words == 1 && first == "one" && end == index + 1)
    }

    /// The digits after `point`: `point-six` is 0.6.
    private func decimals(_ tokens: [Token], after index: Int, limit: Int) -> (value: Double, end: Int)? {
        var k = index + 1
        var value = 0.0, place = 0.1
        var any = false
        while k < limit {
            if tokens[k].lower == "-", !tokens[k].spaceBefore { k += 1; continue }
            guard let digit = lexicon.numbers[tokens[k].lower], digit < 10, digit == digit.rounded() else { break }
            value += digit * place
            place /= 10
            any = true
            k += 1
        }
        return any ? (value, k) : nil
    }

    private func isMultiplier(_ word: String) -> Bool {
        word == "dozen" || word == "hundred" || (lexicon.scales[word].map { !$0.abbreviated } ?? false)
    }
}
