import BuiltinData
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

    /// The story file for `text`, or why the text cannot be written as a story exactly.
    public func draft(_ text: String, fileName: String) -> Result<String, Refusal> {
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if let bad = lines.firstIndex(where: { $0.isEmpty || $0.first == " " || $0.last == " " || $0.contains("\r") }) {
            return .failure(Refusal(message: "line \(bad + 1) is blank, has spaces at an end or a carriage return: a story file keeps the text exactly and needs one paragraph per line (a headline first, no blank lines)"))
        }
        guard lines.count >= 2 else { return .failure(Refusal(message: "the text needs a headline line and at least one paragraph line")) }
        let scalars = Array(body.unicodeScalars)
        let map = SentenceMap(body)
        var out = DraftWriter()
        let title = String(lines[0])
        let byline = lines.count > 2 && lines.last!.hasPrefix("By ") && map.paragraphs.last.map({ String(String.UnicodeScalarView(scalars[$0.range])) != String(lines.last!) }) ?? false
            ? String(lines.last!) : nil
        out.header(fileName: fileName)
        out.story(id: DraftIds.storyId(title), title: title, author: byline.map { String($0.dropFirst(3)) })
        // The paragraphs after the title line, as the extractor numbers them.
        let bodyParagraphs = map.paragraphs.filter { $0.range.lowerBound > title.unicodeScalars.count }
        guard bodyParagraphs.count == lines.count - 1 - (byline == nil ? 0 : 1) else {
            return .failure(Refusal(message: "a line after the headline reads as a heading: a story file has one paragraph per line"))
        }
        out.article(bodyParagraphs.map { paragraph in
            sentences(of: paragraph, scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        }, byline: byline)
        let quantities = Extractor().extract(body).filter { $0.start > title.unicodeScalars.count }
        var ids = DraftIds()
        var sources: [String: String] = [:]
        for name in quantities.compactMap(\.source) where sources[name] == nil {
            sources[name] = ids.sourceId(name)
        }
        out.sources(sources.sorted { $0.value < $1.value }.map { (name: $0.key, id: $0.value) })
        for q in quantities { out.fact(q, id: ids.factId(q), sourceId: q.source.flatMap { sources[$0] } ?? "outlet", unitKnown: known(q)) }
        return .success(out.text)
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

    /// The fact's unit (with its period) is one a session computes with.
    private func known(_ q: ExtractedQuantity) -> Bool {
        let names = [q.unit] + (q.per.map { [$0] } ?? [])
        return names.allSatisfy { $0 == "count" || knownUnits.contains($0) || $0.split(separator: "/").allSatisfy { knownUnits.contains(String($0)) } }
    }
}
