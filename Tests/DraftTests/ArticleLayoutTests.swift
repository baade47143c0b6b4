import Story
import Testing
@testable import Draft

/// Plain texts of every common layout draft to a story that loads, whose article text is the
/// input laid out as a story holds it (docs/drafting.md): line feeds, no blank lines, no blanks at
/// a line's ends, no `#` marker on the headline. Each expected text is written out by hand.
@Suite struct ArticleLayoutTests {
    func story(_ input: String) throws -> Story {
        let file = try StoryDrafter().draft(input, fileName: "a.txt").get()
        return try StoryReader.read(file, fileName: "a.dossier")
    }

    static let expected = "Harbour reopens\nThe harbour reopened on Monday after 3 weeks, the port authority said.\nAbout 1,200 ships use it every year."

    @Test(arguments: [
        // blank lines between paragraphs, a final line feed
        "Harbour reopens\n\nThe harbour reopened on Monday after 3 weeks, the port authority said.\n\nAbout 1,200 ships use it every year.\n",
        // CRLF line ends, no final line end
        "Harbour reopens\r\n\r\nThe harbour reopened on Monday after 3 weeks, the port authority said.\r\n\r\nAbout 1,200 ships use it every year.",
        // CR line ends (old Mac files)
        "Harbour reopens\rThe harbour reopened on Monday after 3 weeks, the port authority said.\rAbout 1,200 ships use it every year.\r",
        // a Markdown heading, blank lines before, between and after, blanks at the lines' ends
        "\n\n# Harbour reopens\n\n  The harbour reopened on Monday after 3 weeks, the port authority said.  \n\n\n\tAbout 1,200 ships use it every year.\t\n\n\n",
        // a closed Markdown heading and blank lines holding spaces
        "## Harbour reopens ##\n   \nThe harbour reopened on Monday after 3 weeks, the port authority said.\n \t \nAbout 1,200 ships use it every year.",
        // the story format's own layout, with and without a final line feed
        "Harbour reopens\nThe harbour reopened on Monday after 3 weeks, the port authority said.\nAbout 1,200 ships use it every year.\n",
        expected,
    ])
    func aPlainTextDraftsToItsStoryLayout(input: String) throws {
        let story = try story(input)
        #expect(story.article.text == Self.expected)
        #expect(story.title == "Harbour reopens")
        #expect(story.article.paragraphs.map(\.sentences.count) == [1, 1])
        // "3 weeks", and "About 1,200 … every year" (a count per year): the quotes are found at
        // their offsets in the story's text.
        #expect(story.facts.map { story.article.slice($0.quote!.start, $0.quote!.end) } == ["3 weeks", "About 1,200 ships use it every year"])
    }

    @Test func aBylineAfterBlankLinesIsTheBylineAndTheAuthor() throws {
        let story = try story("Budget passed\r\n\r\nThe city passed a $4.5 million budget, the mayor said.\r\n\r\nBy Ana Ruiz\r\n")
        #expect(story.article.text == "Budget passed\nThe city passed a $4.5 million budget, the mayor said.\nBy Ana Ruiz")
        #expect(story.article.byline == "By Ana Ruiz")
        #expect(story.author == "Ana Ruiz")
    }

    /// A heading inside the body is a paragraph of its own (the extractor reads no quantity in it).
    @Test func aMarkdownSubheadingStaysAsAParagraph() throws {
        let story = try story("# Wheat\n\n## The 2024 harvest\n\nFarmers harvested 22 million tonnes, the ministry said.\n")
        #expect(story.article.text == "Wheat\n## The 2024 harvest\nFarmers harvested 22 million tonnes, the ministry said.")
        #expect(story.facts.map(\.value) == [.point(22_000_000)])
    }

    @Test func sentencesSeparatedByTwoSpacesStayOneSentenceSoTheTextIsExact() throws {
        let story = try story("Title\n\nOne sentence here.  Another with 5 items.\n")
        #expect(story.article.text == "Title\nOne sentence here.  Another with 5 items.")
        #expect(story.article.paragraphs[0].sentences.count == 1)
    }

    @Test func whatNoStoryFileHoldsIsRefusedWithItsPlace() {
        #expect(StoryDrafter().draft("Title\n\nA bell\u{7} rang 3 times.\n", fileName: "a.txt")
            == .failure(.init(message: "line 3, character 7 is the control character U+0007: a story file holds plain text only")))
        #expect(StoryDrafter().draft("\r\n  \r\nOnly a headline\r\n", fileName: "a.txt")
            == .failure(.init(message: "the text needs a headline line and at least one paragraph line (it has 1 line that is not blank)")))
        #expect(StoryDrafter().draft("", fileName: "a.txt")
            == .failure(.init(message: "the text needs a headline line and at least one paragraph line (it has 0 lines that are not blank)")))
    }
}
