import BuiltinData
import Story
import Testing
@testable import Draft

/// `dossier draft` on the built-in article gives a story that loads, keeps the text, and states
/// every hand-made fact with the same value, unit, qualifier and source.
@Suite struct DraftTests {
    static let handMade = try! StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)

    func drafted(_ text: String) throws -> Story {
        let file = try StoryDrafter().draft(text, fileName: "article.txt").get()
        return try StoryReader.read(file, fileName: "draft.dossier")
    }

    @Test func theBuiltInArticleDraftsToAStoryWithTheSameText() throws {
        let story = try drafted(Self.handMade.article.text)
        #expect(story.article.text == Self.handMade.article.text)
        #expect(story.article.paragraphs.map(\.sentences.count) == Self.handMade.article.paragraphs.map(\.sentences.count))
        #expect(story.author == "Vafa Guliyeva")
    }

    /// Each hand-made fact paired with its drafted one: quotes that overlap and the same value.
    static func pairs(_ story: Story) -> [String: Fact] {
        var pairs: [String: Fact] = [:]
        for gold in handMade.facts {
            guard let quote = gold.quote else { continue }
            pairs[gold.id] = story.facts.first { f in
                guard let q = f.quote else { return false }
                return q.start < quote.end && quote.start < q.end && f.value == gold.value
            }
        }
        return pairs
    }

    static func sourceName(_ story: Story, _ id: String) -> String? { story.sources.first { $0.id == id }?.name }

    /// The issue's acceptance test: every hand-made fact is drafted with the same value, unit,
    /// qualifier and source (ids differ and are mapped), and so is its check. Differences are
    /// printed field by field.
    @Test func everyHandMadeFactAndTheCheckAreDraftedWithTheSameFields() throws {
        let story = try drafted(Self.handMade.article.text)
        let pairs = Self.pairs(story)
        var differences: [String] = []
        for gold in Self.handMade.facts {
            guard let fact = pairs[gold.id] else {
                differences.append("\(gold.id): not drafted")
                continue
            }
            if fact.value != gold.value { differences.append("\(gold.id) (\(fact.id)): value \(fact.value) != \(gold.value)") }
            if fact.unit != gold.unit { differences.append("\(gold.id) (\(fact.id)): unit \(fact.unit) != \(gold.unit)") }
            if fact.qualifier != gold.qualifier { differences.append("\(gold.id) (\(fact.id)): qualifier \(fact.qualifier ?? "-") != \(gold.qualifier ?? "-")") }
            let (drafted, hand) = (Self.sourceName(story, fact.sourceId), Self.sourceName(Self.handMade, gold.sourceId))
            if drafted != hand { differences.append("\(gold.id) (\(fact.id)): source \(drafted ?? "?") != \(hand ?? "?")") }
        }
        // The check: the formula and the stated fact, with drafted ids mapped to the hand-made ones.
        let goldIds = Dictionary(pairs.map { ($0.value.id, $0.key) }, uniquingKeysWith: { a, _ in a })
        let gold = Self.handMade.checkableClaims.map { "\($0.formula) against \($0.statedFactId)" }
        let checks = story.checkableClaims.map { check in
            let formula = check.formula.split(separator: " ").map { goldIds[String($0)] ?? String($0) }.joined(separator: " ")
            return "\(formula) against \(goldIds[check.statedFactId] ?? check.statedFactId)"
        }
        if checks != gold { differences.append("checks: \(checks) != \(gold)") }
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(story.facts.count == Self.handMade.facts.count)
    }

    /// The built-in article's sentences with no number but an assessment are drafted as claims:
    /// by hand, 2.1 (may, believe), 3.1 (suggested), 3.2 (argue, could), 4.1 (noted, could),
    /// 5.3 (likely), 6.1 (believed), 6.2 (could) and 6.3 (emphasize, likely, potentially). The
    /// speakers the text names are their sources.
    @Test func assessmentsWithoutANumberAreDraftedAsClaims() throws {
        let story = try drafted(Self.handMade.article.text)
        let sentences = story.claims.compactMap { story.article.sentence(at: $0.quote.start)?.id }
        #expect(sentences == ["2.1", "3.1", "3.2", "4.1", "5.3", "6.1", "6.2", "6.3"])
        let sources = story.claims.map { Self.sourceName(story, $0.sourceId) ?? "?" }
        #expect(sources[1...3] == ["Institute for National Security Strategy (INSS)", "Institute for National Security Strategy (INSS)", "Wi Sung-lac"])
        #expect(story.claims[3].hedges.map(\.word) == ["noted", "could"])
    }

    /// Wi Sung-lac's role comes from the apposition; his chain is the hand-made one: Korean media
    /// (“Caliber.Az reports per Korean media”), then the outlet the text names.
    @Test func rolesAndChainsComeFromTheText() throws {
        let story = try drafted(Self.handMade.article.text)
        let wi = try #require(story.sources.first { $0.name == "Wi Sung-lac" })
        #expect(wi.role == "former South Korean ambassador to Russia")
        var chain: [String] = []
        var next = wi.via
        while let id = next, let source = story.source(id) { chain.append(source.name); next = source.via }
        #expect(chain == ["Korean media", "Caliber.Az"])
        #expect(story.outlet == "Caliber.Az")
    }

    @Test func aUnitNoSessionKnowsIsLeftOutWithAReviewLine() throws {
        // Fahrenheit is no multiple of Celsius (their zeros differ), so the prelude has no degF.
        let file = try StoryDrafter().draft("Heat\nThe lake warmed by 4 degrees Fahrenheit, officials said.", fileName: "a.txt").get()
        #expect(file.contains("# review: left out 1.1 “4 degrees Fahrenheit” (degF): the unit is not one a session computes with yet"))
        #expect(try StoryReader.read(file, fileName: "a.dossier").facts.isEmpty)
    }

    @Test func aCelsiusReadingIsAFact() throws {
        let file = try StoryDrafter().draft("Heat\nTemperatures reached 41 °C on July 12th, officials said.", fileName: "a.txt").get()
        let facts = try StoryReader.read(file, fileName: "a.dossier").facts
        #expect(facts.count == 1 && facts.first?.unit == "degC" && facts.first?.value == .point(41), "\(file)")
    }

    /// Percentages, percentage points, multipliers and trillions are written as the story format
    /// reads them (`%`, `pp`, `times`, `2.5 trillion`).
    @Test func percentagesMultipliersAndTrillionsAreDrafted() throws {
        let story = try drafted("Debt\nPrices rose 5% in June, officials said. Rents are 3 times higher, jobs fell 0.4 percentage points, and the debt is $2.5 trillion.")
        #expect(story.facts.map(\.unit) == ["%", "times", "pp", "USD"])
        #expect(story.facts.map(\.value) == [.point(5), .point(3), .point(0.4), .point(2.5e12)])
    }

    /// Found by the fuzzer: "7104-13.12" reads as a range from high to low, which no story can
    /// hold; it is left out with a review line and the draft loads.
    @Test func aRangeFromHighToLowIsLeftOut() throws {
        let file = try StoryDrafter().draft("Grid\nDemand was nearly four times the level in 7104-13.12-13.", fileName: "a.txt").get()
        #expect(file.contains("# review: left out 1.1 “7104-13.12”: the story format writes no negative amount, no range from high to low"))
        #expect(throws: Never.self) { _ = try StoryReader.read(file, fileName: "a.dossier") }
    }

    /// Amounts are written with a scale word only when that reads back as the same number.
    @Test func numbersAreWrittenAsTheyReadBack() {
        #expect(DraftWriter.number(4e6) == "4 million")
        #expect(DraftWriter.number(2.5e12) == "2.5 trillion")
        #expect(DraftWriter.number(1_234_567) == "1,234,567")
        #expect(DraftWriter.number(600_000) == "600,000")
        #expect(DraftWriter.number(1.6) == "1.6")
        #expect(DraftWriter.number(-5) == nil)
        #expect(DraftWriter.number(1e30) == nil)
    }

    @Test func randomArticlesEitherDraftToALoadableStoryOrAreRefused() {
        let pieces = ["Rep. Kim said ", "$2,000 a month", " and ", "about 4 million tons", ". ", "\n", "thousands of soldiers", " By X",
                      "between 2 and 3 km", ", according to officials", "’", "Half a million", " per year", "2024", " ", "5%",
                      "\r\n", "\n\n", "\r", "# ", "\t", "\u{7}", "\u{85}", "\u{2028}", "\nBy Ann Lee", "  ", "2.5 trillion", "3 times"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let text = ["Headline\n", "", "# Head\r\n\r\n", "\n\n"].randomElement(using: &generator)! + (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            switch StoryDrafter().draft(text, fileName: "r.txt") {
            case .success(let file): #expect(throws: Never.self, "\(text)") { _ = try StoryReader.read(file, fileName: "r.dossier") }
            case .failure(let refusal): #expect(refusal.message.hasPrefix("line ") || refusal.message.hasPrefix("the text needs"), "\(text): \(refusal.message)")
            }
        }
    }
}
