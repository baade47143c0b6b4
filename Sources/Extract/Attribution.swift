/// Who a sentence says stated what it states: the speaker of "X said", "according to X",
/// "X reported", "X told Y", "per X", "…, said X", through apposition ("Former ambassador, Rep.
/// Wi Sung-lac, noted" → "Wi Sung-lac") and pronouns ("They argue" → the previous speaker).
struct Attribution {
    let lexicon: Lexicon

    /// What one sentence says about its speaker.
    struct Finding {
        /// The speaker the sentence itself names, if any (the first one).
        var speaker: String?
        /// Every speaker the sentence names, with the token index of its cue.
        var speakers: [(index: Int, name: String)] = []
        /// The sentence's subject is a pronoun (`they`, `he`): its speaker is the previous one.
        var pronoun = false
        /// The report cues of the sentence, with their token index.
        var cues: [(word: String, index: Int)] = []
        /// A `per X` / `according to X` source behind the one who reports it (`reports per Korean media`).
        var relayed = false
        /// Who reports what `per X` relays: `Caliber.Az` in "Caliber.Az reports per Korean media".
        var relayer: String?
        /// Roles the sentence gives its speakers (`Former ambassador, Rep. Wi Sung-lac` → `former ambassador`).
        var roles: [(name: String, role: String)] = []
        /// Speakers and who carried their words: `reports per Y` (Y via the reporter), `Y told X`,
        /// `according to Y, cited by X` (Y via X).
        var media: [(speaker: String, medium: String)] = []
    }

    private static let pronouns: Set<String> = ["they", "he", "she", "it", "we"]
    private static let clauseWords: Set<String> = ["that", "which", "who", "while", "but", "as", "because", "if", "when", "although", "than", "so", "and", "whereas", "where"]
    private static let notRoleStarts: Set<String> = ["with", "while", "as", "and", "but", "in", "on", "at", "for", "by", "to", "from", "after",
                                                     "before", "since", "despite", "although", "because", "if", "when", "which", "who", "that", "so", "or"]
    private static let determiners: Set<String> = ["a", "an", "the", "some", "several", "this", "that", "its", "their", "his", "her", "our", "new", "latest"]

    /// The speaker and report cues of `tokens[range]`.
    func find(_ tokens: [Token], in range: Range<Int>, scalars: [Unicode.Scalar]) -> Finding {
        var finding = Finding()
        var i = range.lowerBound
        while i < range.upperBound {
            guard let cue = lexicon.reporting.match(tokens, at: i, limit: range.upperBound) else { i += 1; continue }
            let word = cue.value
            if word == "per" || word == "according to" {
                // `per month` is a period; `per X` names a source only when X is a name.
                if cue.end < range.upperBound, word == "according to" || tokens[cue.end].capitalized,
                   let (name, role) = nameAfter(tokens, at: cue.end, limit: range.upperBound, scalars) {
                    finding.cues.append((word, i))
                    if let reporter = finding.speakers.last?.name {
                        finding.media.append((name, reporter))
                        finding.relayer = reporter
                    }
                    finding.relayed = finding.speaker != nil
                    finding.speaker = name
                    finding.speakers.append((i, name))
                    if let role { finding.roles.append((name, role)) }
                }
            } else if ["cited", "quoted"].contains(word), cue.end + 1 < range.upperBound, tokens[cue.end].lower == "by" {
                // `according to Y, cited by X`: X carried the words of the speaker named before.
                finding.cues.append((word, i))
                if let speaker = finding.speakers.last?.name, let (medium, _) = nameAfter(tokens, at: cue.end + 1, limit: range.upperBound, scalars) {
                    finding.media.append((speaker, medium))
                }
            } else if isVerb(tokens, at: i, range: range) {
                finding.cues.append((word, i))
                if let (subject, role) = subject(tokens, before: i, after: cue.end, range: range, scalars) {
                    if Self.pronouns.contains(subject.lowercased()) {
                        finding.pronoun = finding.speaker == nil
                    } else {
                        if finding.speaker == nil { finding.speaker = subject }
                        finding.speakers.append((i, subject))
                        if let role { finding.roles.append((subject, role)) }
                        // `Y told X`: X, a name, carried Y's words.
                        if ["told", "tells"].contains(word), cue.end < range.upperBound, tokens[cue.end].capitalized,
                           let (medium, _) = nameAfter(tokens, at: cue.end, limit: range.upperBound, scalars) {
                            finding.media.append((subject, medium))
                        }
                    }
                }
            }
            i = cue.end
        }
        return finding
    }

    /// A report word used as a verb, not a noun (`a report`) nor a passive (`is estimated`).
    private func isVerb(_ tokens: [Token], at i: Int, range: Range<Int>) -> Bool {
        guard i > range.lowerBound else { return false }
        let before = tokens[i - 1].lower
        if Self.determiners.contains(before) { return false }
        if ["is", "are", "was", "were", "be", "been", "an", "being"].contains(before) { return false }
        // `estimated 5,000` is a qualifier, not a verb.
        if tokens[i].lower.hasPrefix("estimate"), i + 1 < range.upperBound, tokens[i + 1].kind == .number || lexicon.currencySigns.match(tokens, at: i + 1) != nil { return false }
        return true
    }

    /// The noun phrase after `according to` / `per`: up to the next comma or clause word; with
    /// the role a title before the name gives (`governor Oleh Syniehubov` → `governor`).
    private func nameAfter(_ tokens: [Token], at k: Int, limit: Int, _ scalars: [Unicode.Scalar]) -> (String, String?)? {
        var end = k
        while end < limit, end - k < 8 {
            let t = tokens[end]
            if t.kind == .mark && !["-", "’", "'", "(", ")", "."].contains(t.lower) { break }
            if t.lower == ".", end + 1 < limit, tokens[end + 1].spaceBefore,
               !SentenceSplitter(lexicon: lexicon).isAbbreviation(tokens, before: end) { break }
            if t.lower == "." && end + 1 == limit { break }
            if t.kind == .word, Self.clauseWords.contains(t.lower) || lexicon.reporting.contains(t.lower) { break }
            end += 1
        }
        return cleaned(tokens, k..<end, scalars)
    }

    /// The subject before a report verb, or the name after it in `…, said John Smith`; with the
    /// role an apposition or a title gives.
    private func subject(_ tokens: [Token], before v: Int, after: Int, range: Range<Int>, _ scalars: [Unicode.Scalar]) -> (String, String?)? {
        // `…, said X` / `…,” said X`: the speaker follows.
        if v > range.lowerBound, [",", "”", "\""].contains(tokens[v - 1].lower), after < range.upperBound, tokens[after].capitalized {
            return nameAfter(tokens, at: after, limit: range.upperBound, scalars)
        }
        var k = v
        // Adverbs before the verb (`reportedly said`, `also noted`) are no part of the subject.
        while k > range.lowerBound, tokens[k - 1].lower.hasSuffix("ly") || tokens[k - 1].lower == "also" { k -= 1 }
        let b = phraseStart(tokens, before: k, range: range)
        guard b < k else { return nil }
        var best = b..<k
        // `Rep. Kim Min-ji, who sits on the committee, told`: the name before the relative clause.
        if b - 2 > range.lowerBound, ["who", "which"].contains(tokens[b - 1].lower), tokens[b - 2].lower == "," {
            let a = phraseStart(tokens, before: b - 2, range: range)
            if a < b - 2 { return cleaned(tokens, a..<(b - 2), scalars) }
        }
        // Apposition: `A, B, noted` — the part that is a name; the other part is the role.
        var role: Range<Int>?
        if b - 1 > range.lowerBound, tokens[b - 1].lower == "," {
            let inner = tokenRangeTrimmed(tokens, b..<k)
            let a = phraseStart(tokens, before: b - 1, range: range)
            let outer = a..<(b - 1)
            if a == range.lowerBound || tokens[a - 1].lower == "," {
                best = isName(tokens, inner) || !isName(tokens, outer) ? inner : outer
                role = best == inner ? outer : inner
            }
        }
        guard let (name, title) = cleaned(tokens, best, scalars) else { return nil }
        return (name, role.flatMap { roleText(tokens, $0, range: range, scalars) } ?? title)
    }

    /// An apposition as a role: as written, without a closing comma, and in lower case where only
    /// the sentence's start capitalized it (`Former ambassador` → `former ambassador`, not `INSS`).
    private func roleText(_ tokens: [Token], _ r: Range<Int>, range: Range<Int>, _ scalars: [Unicode.Scalar]) -> String? {
        let r = tokenRangeTrimmed(tokens, r)
        // A role is a noun phrase: `with many more expected, X said` is no apposition.
        guard !r.isEmpty, r.count <= 12, tokens[r.lowerBound].kind == .word, !Self.notRoleStarts.contains(tokens[r.lowerBound].lower),
              !r.contains(where: { tokens[$0].kind == .number }), !isName(tokens, r) else { return nil }
        var text = Array(scalars[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end])
        if r.lowerBound == range.lowerBound, text.count > 1, text[1].properties.isLowercase {
            text[0] = text[0].properties.lowercaseMapping.unicodeScalars.first ?? text[0]
        }
        return String(String.UnicodeScalarView(text))
    }

    /// Where the noun phrase ending before `k` starts.
    private func phraseStart(_ tokens: [Token], before k: Int, range: Range<Int>) -> Int {
        var b = k
        // A comma right before the verb closes an apposition: `Rep. Wi Sung-lac, noted`.
        if b > range.lowerBound, tokens[b - 1].lower == "," { b -= 1 }
        let end = b
        while b > range.lowerBound, end - b < 10 {
            let t = tokens[b - 1]
            if t.kind == .mark, ![".", "-", "’", "'", "(", ")", "&"].contains(t.lower) { break }
            if t.kind == .word, Self.clauseWords.contains(t.lower) { break }
            if t.kind == .number { break }
            b -= 1
        }
        return b
    }

    private func tokenRangeTrimmed(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var r = range
        while !r.isEmpty, tokens[r.upperBound - 1].lower == "," { r = r.lowerBound..<(r.upperBound - 1) }
        return r
    }

    /// Every word capitalized, once titles are left out: a person's or body's name.
    private func isName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // `Sung-lac`: a word after a joining hyphen may be lower case.
        let words = range.filter { tokens[$0].kind == .word && !($0 > range.lowerBound && tokens[$0 - 1].lower == "-" && !tokens[$0].spaceBefore) }
        return !words.isEmpty && words.allSatisfy { tokens[$0].capitalized || ["of", "for", "the", "and", "s"].contains(tokens[$0].lower) }
            && words.contains { tokens[$0].capitalized }
    }

    /// The name inside a described speaker: `regional governor Oleh Syniehubov` → `Oleh Syniehubov`,
    /// `Claudia Kemfert of the DIW institute` → `Claudia Kemfert`, `data from Gas Infrastructure
    /// Europe` → `Gas Infrastructure Europe`.
    private func nameWithin(_ tokens: [Token], _ r: Range<Int>) -> Range<Int> {
        let words = r.filter { tokens[$0].kind == .word }
        guard let first = words.first else { return r }
        if let from = r.first(where: { ["from", "by"].contains(tokens[$0].lower) }), from + 1 < r.upperBound,
           r.lowerBound..<from == r.lowerBound..<from, (r.lowerBound..<from).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].capitalized }),
           isName(tokens, (from + 1)..<r.upperBound) {
            return (from + 1)..<r.upperBound
        }
        if let of = r.first(where: { tokens[$0].lower == "of" }), of > r.lowerBound, isName(tokens, r.lowerBound..<of),
           ((of + 1)..<r.upperBound).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && tokens[$0].lower != "the" }) {
            return r.lowerBound..<of
        }
        // A role in lower case before a name: the name is the capitalized run at the end.
        if !tokens[first].capitalized {
            var start = r.upperBound
            while start > r.lowerBound, isName(tokens, (start - 1)..<r.upperBound) || tokens[start - 1].kind == .mark && start - 1 > r.lowerBound && tokens[start - 1].lower != "," {
                start -= 1
            }
            while start < r.upperBound, tokens[start].kind == .mark { start += 1 }
            if start > r.lowerBound, start < r.upperBound, isName(tokens, start..<r.upperBound) { return start..<r.upperBound }
        }
        return r
    }

    /// The phrase as written, without a leading article or title and trailing punctuation; and the
    /// title as a role when it is one (`mayor`, not the honorific `Rep.`).
    private func cleaned(_ tokens: [Token], _ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> (String, String?)? {
        var r = tokenRangeTrimmed(tokens, range)
        var role: String?
        while !r.isEmpty {
            if Self.determiners.contains(tokens[r.lowerBound].lower) { r = (r.lowerBound + 1)..<r.upperBound; continue }
            if let title = lexicon.titles.match(tokens, at: r.lowerBound, limit: r.upperBound), title.end < r.upperBound, tokens[title.end].capitalized {
                if !title.value.hasSuffix(".") { role = title.value }
                r = title.end..<r.upperBound; continue
            }
            break
        }
        let described = r
        r = nameWithin(tokens, r)
        // `union leader Olena Kovalenko`: the lower-case words before the name are a role.
        if role == nil, r.lowerBound > described.lowerBound, r.upperBound == described.upperBound,
           (described.lowerBound..<r.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized }) {
            role = String(String.UnicodeScalarView(scalars[tokens[described.lowerBound].start..<tokens[r.lowerBound - 1].end]))
        }
        while !r.isEmpty, [".", "-", "’", "'"].contains(tokens[r.upperBound - 1].lower),
              !(tokens[r.upperBound - 1].lower == "." && SentenceSplitter(lexicon: lexicon).isAbbreviation(tokens, before: r.upperBound - 1)) {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        guard !r.isEmpty, r.contains(where: { tokens[$0].kind == .word }) else { return nil }
        return (String(String.UnicodeScalarView(scalars[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end])), role)
    }
}
