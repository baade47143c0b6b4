import BuiltinData
import Extract
import Story

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
        let title = layout.title
        let titleLength = title.unicodeScalars.count
        let reading = Extractor().read(body)
        let (paragraphs, byline) = Self.paragraphs(of: layout, reading.sentences, scalars)
        // Sentence ids as the story numbers them (the extractor's differ when it skips a heading line).
        let ids = SentenceIds(paragraphs)
        func storyId(_ offset: Int) -> String? { ids.id(at: offset) }
        var quantities = reading.quantities.filter { $0.start > titleLength }
        for i in quantities.indices { quantities[i].sentence = storyId(quantities[i].start) ?? quantities[i].sentence }
        let claims = reading.sentences.filter { $0.start > titleLength && $0.quantities == 0 && isAssessment($0) }
        let masthead = Masthead(lines: layout.lines, closingByline: byline)
        let outlet = OutletLine.outlet(in: layout.lines) ?? masthead.outlet ?? reading.outlet
        var names = DraftIds()
        let sources = DraftSources(speakers: (quantities.compactMap(\.source) + claims.compactMap(\.source)), outlet: outlet, reading: reading, ids: &names)

        var out = DraftWriter()
        out.header(fileName: fileName)
        out.story(id: DraftIds.storyId(title), title: title, outlet: outlet, masthead: masthead, closingByline: byline)
        out.article(paragraphs.map { $0.map { String(String.UnicodeScalarView(scalars[$0])) } }, byline: byline)
        out.sources(sources)
        var factIds: [Int: String] = [:]
        for (i, q) in quantities.enumerated() {
            let id = names.factId(q)
            if out.fact(q, id: id, sourceId: sources.id(of: q.source), unitKnown: known(q)) { factIds[i] = id }
        }
        let found = CheckFinder(quantities: quantities, scalars: scalars, results: Lexicon.english.results).find { factIds[$0] != nil }
        for check in found.checks {
            let stated = quantities[check.stated]
            out.check(id: names.unique(factIds[check.stated]! + "_check"), money: factIds[check.money]!, count: factIds[check.count]!,
                      stated: factIds[check.stated]!, statedText: stated.text, sentence: stated.sentence,
                      quote: String(String.UnicodeScalarView(scalars[check.start..<check.end])), start: check.start, end: check.end)
        }
        for i in found.unsure { out.uncheckedResult(sentence: quantities[i].sentence, text: quantities[i].text) }
        for s in claims {
            var sentence = s
            sentence.sentence = storyId(s.start) ?? s.sentence
            let quote = String(String.UnicodeScalarView(scalars[s.start..<s.end]))
            out.claim(sentence, id: names.claimId(quote), about: Self.opening(quote), quote: quote, sourceId: sources.id(of: s.source))
        }
        // Never a file that does not load: the draft is read back before anyone gets it.
        do throws(StoryLoadError) {
            _ = try StoryReader.read(out.text, fileName: fileName)
        } catch {
            return .failure(Refusal(message: Self.unloadable + (error.issues.first.map { "line \($0.line): \($0.field): \($0.message)" } ?? "")))
        }
        return .success(out.text)
    }

    /// How a refusal for a draft that would not load begins (a fault of the drafter, never of the text).
    public static let unloadable = "the drafted story would not load (a fault of the drafter; please report it): "

    /// The story's paragraphs as sentence ranges in the text, one per line after the headline
    /// (split as the extractor split it, where it read the line as a paragraph), and the closing
    /// byline when the last line is one (a line the extractor read no sentence in).
    static func paragraphs(of layout: ArticleText, _ sentences: [ExtractedSentence], _ scalars: [Unicode.Scalar]) -> (paragraphs: [[Range<Int>]], byline: String?) {
        var lines: [Range<Int>] = []
        var offset = layout.title.unicodeScalars.count + 1
        for line in layout.lines {
            let length = line.unicodeScalars.count
            lines.append(offset..<(offset + length))
            offset += length + 1
        }
        // The extractor's sentences of each line, in order (sentences never cross a line).
        var byLine = [[Range<Int>]](repeating: [], count: lines.count)
        var l = 0
        for sentence in sentences {
            while l < lines.count && lines[l].upperBound < sentence.start { l += 1 }
            if l < lines.count && lines[l].contains(sentence.start) { byLine[l].append(sentence.start..<sentence.end) }
        }
        var byline: String?
        if lines.count > 1, let last = layout.lines.last, last.hasPrefix("By "), byLine[lines.count - 1].isEmpty {
            byline = last
            lines.removeLast()
        }
        let paragraphs = lines.indices.map { i in
            let found = byLine[i]
            guard let first = found.first, let last = found.last, first.lowerBound == lines[i].lowerBound,
                  last.upperBound == lines[i].upperBound else { return [lines[i]] }
            return joined(found, scalars)
        }
        return (paragraphs, byline)
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

    /// A line's sentences, joined where the text between them is not exactly one space.
    private static func joined(_ sentences: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentences[0].lowerBound
        for (i, sentence) in sentences.enumerated().dropLast() {
            let next = sentences[i + 1].lowerBound
            if next == sentence.upperBound + 1, scalars[sentence.upperBound] == " " {
                result.append(start..<sentence.upperBound)
                start = next
            }
        }
        result.append(start..<sentences[sentences.count - 1].upperBound)
        return result
    }

    /// The fact's unit (with its period) is one a session computes with: a prelude unit, or one
    /// of the story format's plain-number words (`count`, `%`, `pp`, `x` written `times`).
    private func known(_ q: ExtractedQuantity) -> Bool {
        let names = [q.unit] + (q.per.map { [$0] } ?? [])
        return names.allSatisfy { DraftWriter.plainNumberUnits.contains($0) || knownUnits.contains($0) || $0.split(separator: "/").allSatisfy { knownUnits.contains(String($0)) } }
    }
}
