@testable import Language
@testable import Session
import Story
import Testing

/// The story format's words for plain numbers (`%`, `pp`, `times`, `count`) and the scale word
/// `trillion` load and compute: a percentage is its hundredth, so arithmetic on it is honest.
@Suite struct StoryUnitWordsTests {
    static let text = """
    dossier-story 1
    story rents
      title: Rents
      outlet: Paper
      author: A. Writer
    article
      paragraph: Rents rose 25% and are 3 times those of 2010; they rise 4% a year, jobs fell 0.4 points, and debt is $2.5 trillion.
    source paper
      name: Paper
    fact rise
      value: 25
      unit: %
      source: paper
      quote: 25%
    fact yearly
      value: 4
      unit: %/year
      source: paper
      quote: 4% a year
    fact fell
      value: 0.4
      unit: pp
      source: paper
      quote: 0.4 points
    fact times_2010
      value: 3
      unit: times
      source: paper
      quote: 3 times
    fact debt
      value: 2.5 trillion
      unit: USD
      source: paper
      quote: $2.5 trillion

    """

    static func session() -> Session { Session(story: try! StoryReader.read(text, fileName: "rents.dossier")) }

    @Test func theFactsLoadWithTheirUnitWords() throws {
        let story = try StoryReader.read(Self.text, fileName: "rents.dossier")
        #expect(story.facts.map(\.unit) == ["%", "%/year", "pp", "times", "USD"])
        #expect(story.facts.last?.value == .point(2.5e12))
        #expect(Self.session().storyIssues.isEmpty)
    }

    /// Each expected value worked by hand: 25% × 2 = 0.5; 4%/year × 2 year = 0.08; 25% + 0.4 pp
    /// = 0.254; 3 × 100 USD = 300 USD; 2.5 trillion USD / 1,000 = 2.5 billion USD.
    @Test(arguments: [("rise * 2", 0.5), ("yearly * 2 year", 0.08), ("rise + fell", 0.254), ("times_2010 * 100", 300), ("debt / 1000", 2.5e9)])
    func percentagesAndMultipliersComputeHonestly(input: String, expected: Double) throws {
        let value = try Self.session().display(input)
        #expect(value.isPoint && close(value.lo, expected), "\(input): \(value)")
    }

    @Test func aPercentageAddsToAPlainNumberButNotToMoney() {
        #expect(Self.session().text("rise + 1").hasPrefix("1.25"))
        #expect(Self.session().text("rise + debt").hasPrefix("error[dimension]"))
    }
}
