import Language
import Story

/// Commands that explore the story: facts, sources, claims, assumptions, the article, search.
enum StoryCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "facts", usage: "[FILTER]", summary: "list the article's numbers, or those matching FILTER", help: """
            :facts [FILTER]
              Lists the facts (the numbers the article states) as a table: id, value, unit,
              qualifier and hedge words, and who said it. FILTER is any number of terms, all of
              which must hold:
                WORD            WORD appears in the id, description, unit, qualifier, quote or source
                source:ID       the statement came from or through source ID (:sources lists ids)
                hedge:CLASS     a hedge of that class: reportative, belief, possibility,
                                probability, approximator, conditional
                hedge:WORD      that hedge word (reportedly, around, could, if, …)
                kind:KIND       the value's shape: point, range, bound (over, at least…) or vague
              Examples: :facts pay   :facts source:wi hedge:approximator   :facts kind:range
            """
        ) { session, arguments, offset throws(Diagnostic) in
            let filter = try StoryFactFilter(arguments, story: session.story, offset: offset)
            session.lastFigure = StoryListings.factsFigure(session.story, filter: filter, filterText: arguments)
            return .text(StoryListings.facts(session.story, filter: filter, filterText: arguments))
        },
        CommandSpec(
            name: "fact", usage: "ID", summary: "one fact: value, hedges, who said it, its sentence", help: """
            :fact ID
              Shows one statement of the story in full. For a fact: its value with unit, qualifier
              and hedge words (each with its class), the chain by which it reached the article
              ("said by: … — via …"), the exact quote with its position (paragraph, sentence, and
              Unicode code-point offsets into the article text, end excluded), and the sentence it
              stands in, the quoted part in bold when colour is on. A hedged fact shows its reading
              (the interval the hedge table gives it, and the rule that made it; :hedges).
              ID may also name an assumption, a claim or a checkable claim. :facts, :claims and
              :assumptions list the ids.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            let story = session.story
            guard !arguments.isEmpty else {
                throw Diagnostic(.command, ":fact needs an id", at: SourceSpan(offset, offset + 1), label: "id expected here",
                                 help: "try `:fact soldier_pay`; :facts lists the ids")
            }
            guard let text = StoryFactView.render(arguments, in: story, color: session.options.color, reading: session.readingLine) else {
                let near = Suggest.nearest(arguments, among: StoryFactView.ids(story))
                throw Diagnostic(.unknownName, "no fact `\(arguments)` in this story", at: SourceSpan(offset, offset + arguments.utf8.count),
                                 label: "unknown id", help: near.map { "did you mean `\($0)`?" } ?? ":facts lists the ids")
            }
            return .text(text)
        },
        CommandSpec(
            name: "sources", summary: "who said what, and how it reached the article", help: """
            :sources
              Lists the sources the article relies on, each with the chain by which its statements
              reached the article (Wi Sung-lac → Korean media → Caliber.Az) and the ids of what it
              said; then the outside sources the assumptions cite.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            try noArguments("sources", arguments, offset)
            return .text(StoryListings.sources(session.story))
        },
        CommandSpec(
            name: "claims", summary: "the article's statements without a number", help: """
            :claims
              Lists the article's claims that carry no number (space technology help, shells
              traded for food, leverage after the war…), each with its sentence id, source and
              hedge words; then the checkable claims, the article's own arithmetic, which :check
              recomputes.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            try noArguments("claims", arguments, offset)
            return .text(StoryListings.claims(session.story))
        },
        CommandSpec(
            name: "assumptions", summary: "numbers from outside the article, with their sources", help: """
            :assumptions
              Lists the assumptions: numbers an analysis needs that the article does not give
              (such as grain_need, North Korea's yearly grain need), each with the outside
              estimates it spans, their source, year and basis. Use them by id in expressions;
              every result that does says so. :assume ID = EXPR overrides one for the session.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            try noArguments("assumptions", arguments, offset)
            return .text(StoryListings.assumptions(session.story))
        },
        CommandSpec(
            name: "article", usage: "[PARAGRAPH|SENTENCE]", summary: "the article's text, sentence by sentence", help: """
            :article
              Prints the article as published: the title, each sentence after its id (4.2 is
              paragraph 4, sentence 2), and the byline.
            :article N
              Prints paragraph N only.
            :article N.M
              Prints sentence M of paragraph N.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            let story = session.story
            if arguments.isEmpty { return .text(StoryListings.article(story)) }
            let span = SourceSpan(offset, offset + arguments.utf8.count)
            let count = story.article.paragraphs.count
            if let n = Int(arguments) {
                guard n >= 1 && n <= count else {
                    throw Diagnostic(.command, "no paragraph \(arguments)", at: span, label: "out of range", help: "the article has paragraphs 1 to \(count)")
                }
                return .text(StoryListings.paragraph(story.article.paragraphs[n - 1]).joined(separator: "\n"))
            }
            if let sentence = story.article.sentence(id: arguments) {
                return .text(StoryDisplay.wrap(sentence.text, indent: "      ", firstIndent: StoryDisplay.pad(sentence.id, 6)).joined(separator: "\n"))
            }
            throw Diagnostic(.command, "no paragraph or sentence `\(arguments)`", at: span, label: "expected N or N.M",
                             help: "the article has paragraphs 1 to \(count); :article lists the sentence ids")
        },
        CommandSpec(
            name: "search", usage: "TEXT", summary: "find sentences, facts and claims by their words", help: """
            :search TEXT
              Ranks the article's sentences, and the story's facts, claims and assumptions, by how
              many of the words of TEXT they hold (a word matches words it begins: `satellite`
              finds `satellites`); the whole TEXT found as a phrase ranks higher. Matching words
              are shown in bold when colour is on.
            """
        ) { session, arguments, offset throws(Diagnostic) in
            guard !arguments.isEmpty else {
                throw Diagnostic(.command, ":search needs some words", at: SourceSpan(offset, offset + 1), label: "text expected here",
                                 help: "try `:search rice`")
            }
            return .text(StorySearch.run(arguments, in: session.story, index: session.searchIndex, color: session.options.color)
                ?? "no sentence, fact or claim mentions `\(arguments)`")
        },
    ]

    /// Refuses arguments to a command that takes none.
    static func noArguments(_ name: String, _ arguments: String, _ offset: Int) throws(Diagnostic) {
        guard arguments.isEmpty else {
            throw Diagnostic(.command, ":\(name) takes no arguments", at: SourceSpan(offset, offset + arguments.utf8.count), label: "unexpected",
                             help: name == "sources" || name == "claims" ? "to find words, try `:search \(arguments)`" : nil)
        }
    }
}
