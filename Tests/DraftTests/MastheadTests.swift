import Story
import Testing
@testable import Draft

/// Bylines and date lines around a headline, each read by hand: who wrote it, where, and when.
@Suite struct MastheadTests {
    @Test(arguments: [
        (["By Jane Roe, Valley Herald", "March 3, 2026"], "Jane Roe", "Valley Herald", "2026-03-03"),
        (["By Jane Roe | Valley Herald"], "Jane Roe", "Valley Herald", nil),
        (["By Jane Roe, Valley Herald, March 3, 2026"], "Jane Roe", "Valley Herald", "2026-03-03"),
        (["Valley Herald, March 3, 2026"], nil, "Valley Herald", "2026-03-03"),
        (["By Jane Roe, Staff Writer", "3 March 2026"], "Jane Roe", nil, "2026-03-03"),
        (["Tuesday, Mar. 3, 2026"], nil, nil, "2026-03-03"),
        (["2026-03-03"], nil, nil, "2026-03-03"),
        (["February 30, 2026"], nil, nil, nil),
        (["Thousands flee the valley, officials say"], nil, nil, nil),
        // A line that ends like a sentence ends the header: the byline after it is body text.
        (["Floods destroyed 12,000 homes.", "By Jane Roe, Valley Herald"], nil, nil, nil),
    ] as [([String], String?, String?, String?)])
    func headerLines(lines: [String], author: String?, outlet: String?, date: String?) {
        let masthead = Masthead(lines: lines, closingByline: nil)
        #expect(masthead.author == author && masthead.outlet == outlet && masthead.date == date, "\(masthead)")
        #expect(masthead.unmarkedByline == nil)
    }

    @Test func aNameAndOutletWithoutByAfterTheHeadlineIsReadAndMarkedForReview() {
        let masthead = Masthead(lines: ["Jane Roe, Valley Herald", "Floods rose."], closingByline: nil)
        #expect(masthead.author == "Jane Roe" && masthead.outlet == "Valley Herald")
        #expect(masthead.unmarkedByline == "Jane Roe, Valley Herald")
    }

    @Test func theClosingBylineGivesTheAuthor() {
        #expect(Masthead(lines: ["Floods rose."], closingByline: "By Ana Ruiz").author == "Ana Ruiz")
    }

    /// The outlet of the byline ends every chain: no "outlet (unknown to the drafter)" record.
    @Test func theBylineOutletIsTheStoryOutletAndTheLastLinkOfEveryChain() throws {
        let text = "Flood losses mount\n\nBy Jane Roe | Valley Herald\nMarch 3, 2026\n\nDamage is put at $2.5 billion, according to the insurance association, cited by local radio.\n"
        let story = try StoryReader.read(try StoryDrafter().draft(text, fileName: "a.txt").get(), fileName: "a.dossier")
        #expect(story.outlet == "Valley Herald" && story.author == "Jane Roe" && story.date == "2026-03-03")
        #expect(!story.sources.contains { $0.name == "the outlet" })
        var chain: [String] = []
        var next = story.facts.first.flatMap { story.source($0.sourceId)?.via }
        while let id = next, let source = story.source(id) { chain.append(source.name); next = source.via }
        #expect(chain == ["local radio", "Valley Herald"])
    }

    @Test func anUnmarkedBylineGetsAReviewLine() throws {
        let file = try StoryDrafter().draft("Flood losses mount\nJane Roe, Valley Herald\nDamage is put at $2.5 billion.\n", fileName: "a.txt").get()
        #expect(file.contains("  # review: author and outlet read from “Jane Roe, Valley Herald”, a line with no `By`: check them\n  author: Jane Roe\n"))
        #expect(file.contains("  outlet: Valley Herald\n"))
    }
}
