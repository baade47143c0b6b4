import Story
import Testing
@testable import Draft

/// Sources, chains, outlets and checks drafted from short news-style texts written for these tests.
@Suite struct SourcesAndChecksTests {
    func drafted(_ text: String) throws -> Story {
        try StoryReader.read(try StoryDrafter().draft(text, fileName: "a.txt").get(), fileName: "a.dossier")
    }

    static let strike = """
    Port strike enters second week

    KYIV (Reuters) - Dockworkers have lost about $3 million in wages, union leader Olena Kovalenko told Reuters.

    Around 1,200 workers are on strike, according to the port authority, cited by Interfax.

    Regional governor Oleh Syniehubov said the city could lose $40 million a month.
    """

    /// By hand: the dateline names Reuters; Kovalenko told Reuters (her chain is Reuters); the port
    /// authority is cited by Interfax (Interfax, then Reuters); the roles are the words before the names.
    @Test func chainsRolesAndTheOutletOfANewsText() throws {
        let story = try drafted(Self.strike)
        #expect(story.outlet == "Reuters")
        func chain(_ name: String) -> [String] {
            var out: [String] = []
            var next = story.sources.first { $0.name == name }?.via
            while let id = next, let source = story.source(id) { out.append(source.name); next = source.via }
            return out
        }
        #expect(chain("Olena Kovalenko") == ["Reuters"])
        #expect(chain("port authority") == ["Interfax", "Reuters"])
        #expect(story.sources.first { $0.name == "Olena Kovalenko" }?.role == "union leader")
        #expect(story.sources.first { $0.name == "Oleh Syniehubov" }?.role == "regional governor")
    }

    @Test func aSourceLineNamesTheOutlet() throws {
        let story = try drafted("Budget vote\n\nThe council approved $2 million for parks, the mayor said.\n\nSource: Riverside Gazette\n")
        #expect(story.outlet == "Riverside Gazette")
        #expect(story.facts.first.flatMap { story.source($0.sourceId)?.via }.flatMap { story.source($0)?.name } == "Riverside Gazette")
    }

    /// "$500 each … 2,000 workers, totaling $1 million": 500 USD × 2,000 = 1,000,000 USD, by hand.
    @Test func aTotalTheSentenceWorksOutBecomesACheck() throws {
        let story = try drafted("Bonus paid\n\nThe firm paid $500 each to 2,000 workers, totaling $1 million, a spokesman said.\n")
        let check = try #require(story.checkableClaims.first)
        let ids = story.facts.map(\.id)
        #expect(check.formula == "\(ids[0]) * \(ids[1])")
        #expect(check.statedFactId == ids[2])
        #expect(story.facts.map(\.value) == [.point(500), .point(2000), .point(1e6)])
    }

    /// A result word with no money-times-count before it gets a review line, not a check.
    @Test func aResultWithoutAFormulaIsLeftForReview() throws {
        let file = try StoryDrafter().draft("Harvest\n\nFarmers sold 3 million tonnes, worth $900 million, officials said.\n", fileName: "a.txt").get()
        #expect(file.contains("# review: sentence 1.1 may work out “$900 million” from its other numbers; no `check` drafted (write one by hand)"))
        #expect(try StoryReader.read(file, fileName: "a.dossier").checkableClaims.isEmpty)
    }
}
