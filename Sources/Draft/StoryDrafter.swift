import BuiltinStory
import Extract

/// Writes a story file (`docs/story-format.md`) for any article: its text split into paragraphs and
/// sentences, a source for every speaker and a fact for every quantity the extractor finds. What it
/// is unsure of gets a `# review:` comment on the line above; what it cannot write is left out with
/// one saying why.
public struct StoryDrafter: Sendable {
    /// Unit names a session knows (from the prelude); a fact whose unit is not among them is left out.
    let knownUnits: Set<String>

    /// A drafter that writes facts only in the units of `knownUnits` (plus `count`).
    public init(knownUnits: Set<String>) {
        self.knownUnits = knownUnits
    }

    /// A drafter for the units of the built-in prelude.
    public init() {
        self.init(knownUnits: Self.unitNames(in: BuiltinPrelude.text))
    }

    /// Every unit name and alias a prelude file defines (`unit NAME, ALIAS = …`).
    public static func unitNames(in prelude: String) -> Set<String> {
        var names: Set<String> = []
        for line in prelude.split(separator: "\n") where line.hasPrefix("unit ") {
            let head = line.dropFirst(5).prefix { $0 != "=" && $0 != ":" && $0 != "\"" }
            for name in head.split(separator: ",") {
                names.insert(String(name.filter { $0 != " " }))
            }
        }
        return names
    }

    /// Why a text cannot be drafted.
    public struct Refusal: Error, Equatable {
        /// A sentence for the user, with the line it concerns.
        public var message: String
    }

    /// The story file for `input`, or why no story file can hold it. The article text is `input`
    /// laid out as a story holds it (`ArticleText`); quotes and offsets count in that text.
    public func draft(_ input: String, fileName: String) -> Result<String, Refusal> {
        let layout: ArticleText
        switch ArticleText.read(input) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let read): layout = read
        }
        let body = layout.text
        let scalars = Array(body.unicodeScalars)
        let map = SentenceMap(body)
        let title = layout.title
        let titleLength = title.unicodeScalars.count
        // Each line's extent in the text, and the extractor's paragraph there (a line the extractor
        // takes for a heading or byline has none).
        var lineStarts: [Int] = []
        var offset = titleLength + 1
        for line in layout.lines {
            lineStarts.append(offset)
            offset += line.unicodeScalars.count + 1
        }
        let byStart = Dictionary(map.paragraphs.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = layout.lines
        var byline: String?
        if lines.count > 1, let last = lines.last, last.hasPrefix("By "), byStart[lineStarts.last!] == nil {
            byline = last
            lines.removeLast()
        }
        let paragraphs = zip(lines, lineStarts).map { line, start in
            let end = start + line.unicodeScalars.count
            guard let paragraph = byStart[start], paragraph.range.upperBound == end else { return [start..<end] }
            return sentences(of: paragraph, scalars)
        }
        let reading = Extractor().read(body)
        // Sentence ids as the story numbers them (the extractor's differ when it skips a heading line).
        func storyId(_ offset: Int) -> String? {
            for (p, sentences) in paragraphs.enumerated() {
                if let s = sentences.firstIndex(where: { $0.contains(offset) }) { return "\(p + 1).\(s + 1)" }
            }
            return nil
        }
        var quantities = reading.quantities.filter { $0.start > titleLength }
        for i in quantities.indices { quantities[i].sentence = storyId(quantities[i].start) ?? quantities[i].sentence }
        let claims = reading.sentences.filter { $0.start > titleLength && $0.quantities == 0 && isAssessment($0) }
        let outlet = OutletLine.outlet(in: layout.lines) ?? reading.outlet
        var ids = DraftIds()
        let sources = DraftSources(speakers: (quantities.compactMap(\.source) + claims.compactMap(\.source)), outlet: outlet, reading: reading, ids: &ids)

        var out = DraftWriter()
        out.header(fileName: fileName)
        out.story(id: DraftIds.storyId(title), title: title, outlet: outlet, author: byline.map { String($0.dropFirst(3)) })
        out.article(paragraphs.map { $0.map { String(String.UnicodeScalarView(scalars[$0])) } }, byline: byline)
        out.sources(sources)
        var factIds: [Int: String] = [:]
        for (i, q) in quantities.enumerated() {
            let id = ids.factId(q)
            if out.fact(q, id: id, sourceId: sources.id(of: q.source), unitKnown: known(q)) { factIds[i] = id }
        }
        let found = CheckFinder(quantities: quantities, scalars: scalars, results: Lexicon.english.results).find { factIds[$0] != nil }
        for check in found.checks {
            let stated = quantities[check.stated]
            out.check(id: ids.unique(factIds[check.stated]! + "_check"), money: factIds[check.money]!, count: factIds[check.count]!,
                      stated: factIds[check.stated]!, statedText: stated.text, sentence: stated.sentence,
                      quote: String(String.UnicodeScalarView(scalars[check.start..<check.end])), start: check.start, end: check.end)
        }
        for i in found.unsure { out.uncheckedResult(sentence: quantities[i].sentence, text: quantities[i].text) }
        for s in claims {
            var sentence = s
            sentence.sentence = storyId(s.start) ?? s.sentence
            let quote = String(String.UnicodeScalarView(scalars[s.start..<s.end]))
            out.claim(sentence, id: ids.claimId(quote), about: Self.opening(quote), quote: quote, sourceId: sources.id(of: s.source))
        }
        return .success(out.text)
    }

    /// A sentence that judges rather than reports a plain event: it has a hedge or report word
    /// other than an approximator or a condition.
    private func isAssessment(_ s: ExtractedSentence) -> Bool {
        s.hedges.contains { DraftWriter.hedgeClass($0).map { $0 != "approximator" && $0 != "conditional" } ?? false }
    }

    /// The first twelve words of a sentence, for a claim's `about`.
    static func opening(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        return words.count <= 12 ? sentence : words.prefix(12).joined(separator: " ") + " …"
    }

    /// A paragraph's sentences, joined where the text between them is not exactly one space.
    private func sentences(of paragraph: SentenceMap.Paragraph, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.range.lowerBound
        for (i, sentence) in paragraph.sentences.enumerated() {
            let next = i + 1 < paragraph.sentences.count ? paragraph.sentences[i + 1].lowerBound : nil
            if let next, next == sentence.upperBound + 1, scalars[sentence.upperBound] == " " {
                result.append(start..<sentence.upperBound)
                start = next
            }
        }
        result.append(start..<paragraph.range.upperBound)
        return result
    }

    /// The fact's unit (with its period) is one a session computes with: a prelude unit, or one
    /// of the story format's plain-number words (`count`, `%`, `pp`, `x` written `times`).
    private func known(_ q: ExtractedQuantity) -> Bool {
        let names = [q.unit] + (q.per.map { [$0] } ?? [])
        return names.allSatisfy { DraftWriter.plainNumberUnits.contains($0) || knownUnits.contains($0) || $0.split(separator: "/").allSatisfy { knownUnits.contains(String($0)) } }
    }
}
