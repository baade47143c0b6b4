import BuiltinData
import Foundation
import Language
import Session
import Story
import Testing

/// The story commands as a user runs them in a session over the built-in story.
@Suite struct StoryCommandsTests {
    let story: Story

    init() throws {
        story = try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName)
    }

    func run(_ input: String, color: Bool = false) -> String {
        switch Session(story: story, options: SessionOptions(color: color)).run(input) {
        case .output(let text): return text
        case .failure(_, let rendered): return "FAILED\n" + rendered
        default: return "UNEXPECTED"
        }
    }

    func failure(_ input: String) -> Diagnostic? {
        if case .failure(let d, _) = Session(story: story).run(input) { return d }
        return nil
    }

    /// Where `quote` sits in the published text, counted here in scalars by hand-rolled search.
    /// "characters A to B": where `quote` lies in its sentence, counted from 1 (found here by
    /// searching the sentence's own text, not through the quote's stored offsets).
    func characters(of quote: String) -> String {
        let sentence = story.article.sentences.first { $0.text.contains(quote) }!
        let text = Array(sentence.text.unicodeScalars), q = Array(quote.unicodeScalars)
        let start = (0...(text.count - q.count)).first { Array(text[$0..<($0 + q.count)]) == q }!
        return "characters \(start + 1) to \(start + q.count)"
    }

    @Test func factRiceOffer() {
        let expected = """
        rice_offer = 600,000 to 700,000 t   (range)
          rice Russia offered North Korea
          kind: range
          said by (implied by the sentences around it): Korean media, unnamed South Korean news reports — via Caliber.Az
          quote: “Russia’s offer of 600,000 to 700,000 tons of rice”
          in paragraph 5, sentence 2, \(characters(of: "Russia’s offer of 600,000 to 700,000 tons of rice")):
            Russia’s offer of 600,000 to 700,000 tons of rice would substantially help meet this
            deficit.
          note: The article names no source and no period for the offer.
        """
        #expect(run(":fact rice_offer") == expected)
    }

    @Test func factSoldierPay() {
        let out = run(":fact soldier_pay")
        #expect(out.hasPrefix("soldier_pay = 2,000 USD/month   (around; reportedly)\n"))
        #expect(out.contains("  kind: point · hedges: reportedly (reportative), around (approximator)\n"))
        #expect(out.contains("  said by: Wi Sung-lac, former South Korean ambassador to Russia — via Korean media — via Caliber.Az\n"))
        #expect(out.contains("in paragraph 4, sentence 2, \(characters(of: "reportedly earning around $2,000 per month")):"))
        // Checked by hand: the sentence begins "The North Korean soldiers deployed to fight for
        // Russia are reportedly earning…", so the 42-character quote starts at its 60th.
        #expect(out.contains("in paragraph 4, sentence 2, characters 60 to 101:"))
        #expect(!out.contains("\u{1B}"))
    }

    @Test func factValuesWithoutTheQuote() {
        #expect(run(":fact soldier_revenue_claim").hasPrefix("soldier_revenue_claim = over 200,000,000 USD/year   (over; could; if)\n"))
        #expect(run(":fact troops_sent").hasPrefix("troops_sent = thousands (vague: no number given)   (reportedly; said)\n"))
        #expect(run(":fact grain_production").hasPrefix("grain_production = 4,000,000 t/year   (about)\n"))
        #expect(run(":fact troops_if_sent").hasPrefix("troops_if_sent = 10,000   (if)\n"))
    }

    @Test func colourMarksTheQuoteInItsSentence() {
        let out = run(":fact worker_pay", color: true)
        // the sentence wraps inside the quote: bold is closed at the line's end and reopened
        #expect(out.contains("Russia \u{1B}[1mearn approximately $800 each\u{1B}[0m\n    \u{1B}[1mmonth\u{1B}[0m.\n"))
    }

    @Test func otherStatementsByFactId() {
        #expect(run(":fact grain_need").hasPrefix("grain_need = 5,350,000 to 5,750,000 t/year   (assumption: not in the article)\n"))
        #expect(run(":fact space_technology").contains("stated by: Caliber.Az, the outlet that published the article (the article names no source)"))
        #expect(run(":fact soldier_revenue").hasPrefix("soldier_revenue (checkable claim): soldier_pay * troops_if_sent  vs  soldier_revenue_claim\n"))
    }

    @Test func unknownFactSuggestsTheNearest() throws {
        let d = try #require(failure(":fact soldier_pya"))
        #expect(d.kind == .unknownName)
        #expect(d.span == SourceSpan(6, 17))
        #expect(d.help == "did you mean `soldier_pay`?")
        #expect(failure(":fact")?.kind == .command)
    }

    @Test func factsTableFiltered() {
        let expected = """
        id          value               unit  qualifier; hedges  source
        rice_offer  600,000 to 700,000  t                        Korean media
        1 of 9 facts
        """
        #expect(run(":facts kind:range") == expected)
        let wi = run(":facts source:wi hedge:approximator")
        #expect(wi.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) } == ["soldier_pay", "worker_count", "worker_pay", "3"])
        // soldier_pay, worker_pay, and soldier_revenue_claim ("yearly revenue from the soldiers’ pay")
        #expect(run(":facts pay").contains("3 of 9 facts"))
        #expect(run(":facts hedge:conditional").contains("2 of 9 facts"))
        #expect(run(":facts kind:vague").contains("troops_expected"))
        #expect(run(":facts nothing_like_this") == "no facts match `nothing_like_this` (:help facts explains filters)")
    }

    @Test func factsTableLists() {
        let out = run(":facts")
        for id in ["soldier_pay", "troops_if_sent", "soldier_revenue_claim", "worker_count", "worker_pay", "grain_production", "rice_offer", "troops_sent"] {
            #expect(out.contains("\n" + id + " "))
        }
        #expect(out.contains("over 200,000,000"))
    }

    @Test func badFilters() throws {
        let source = try #require(failure(":facts source:wii"))
        #expect(source.span == SourceSpan(7, 17))
        #expect(source.help?.hasPrefix("did you mean `source:wi`?") == true)
        #expect(failure(":facts hedge:maybe")?.message == "no hedge class or hedge word `maybe`")
        #expect(failure(":facts kind:exact")?.help == "the kinds are point, range, bound, vague")
        #expect(failure(":facts pay kind:exact")?.span == SourceSpan(11, 21))
    }

    @Test func sourcesClaimsAssumptions() {
        let sources = run(":sources")
        #expect(sources.contains("  wi: Wi Sung-lac, former South Korean ambassador to Russia → Korean media → Caliber.Az\n"))
        #expect(sources.contains("Institute for National Security Strategy (INSS)"))
        #expect(sources.contains("South Korean intelligence"))
        #expect(sources.contains("Sources outside the article (for assumptions):\n  fao-wfp: FAO/WFP"))
        let claims = run(":claims")
        #expect(claims.contains("  space_technology: Russia is helping North Korea with space technology for a military\n      reconnaissance satellite\n      [6.1] Caliber.Az (unattributed) · believed (belief)"))
        #expect(claims.contains("  soldier_revenue: soldier_pay * troops_if_sent  vs  soldier_revenue_claim"))
        let assumptions = run(":assumptions")
        #expect(assumptions.contains("     5,370,000 t/year  KREI for KDI, 2014  grain demand, for the Korea Development Institute"))
        #expect(assumptions.contains("RDA put 2023 output at 4.82"))
        #expect(failure(":sources wi")?.message == ":sources takes no arguments")
    }

    @Test func article() {
        let all = run(":article")
        #expect(all.hasPrefix("North Korea’s involvement in Russia’s war: Strategic gamble with potential gains\nCaliber.Az\n\n1.1   North Korea is"))
        #expect(all.hasSuffix("\n\nBy Vafa Guliyeva"))
        #expect(run(":article 4.3") == "4.3   Additionally, around 4,000 North Korean workers in Russia earn approximately $800 each\n      month.")
        #expect(run(":article 3") == """
        3.1   The Institute for National Security Strategy (INSS) suggested that North Korea's military
              support for Russia is a preemptive move to strengthen ties ahead of the US elections.
        3.2   They argue that North Korea could lose its leverage with Russia once the war in Ukraine
              concludes, particularly as it faces sanctions and strained relations with China.
        """)
        #expect(failure(":article 7")?.help == "the article has paragraphs 1 to 6")
        #expect(failure(":article x")?.kind == .command)
    }

    @Test func search() {
        let plain = run(":search satellite")
        #expect(plain.hasPrefix("Sentences (best first):\n  6.1  Moreover, North Korea is believed"))
        #expect(plain.contains("reconnaissance satellite."))
        #expect(plain.contains("  space_technology (claim)  "))
        #expect(!plain.contains("\u{1B}"))
        #expect(run(":search satellite", color: true).contains("reconnaissance \u{1B}[1msatellite\u{1B}[0m."))
        // two terms outrank one: 5.2 holds both "rice" and "offer", no other sentence holds "offer"
        #expect(run(":search offer of rice").hasPrefix("Sentences (best first):\n  5.2  "))
        #expect(run(":search 2,000").contains("  4.2  The North Korean soldiers"))
        #expect(run(":search zebra") == "no sentence, fact or claim mentions `zebra`")
        #expect(failure(":search")?.kind == .command)
    }

    @Test func everyStoryCommandHasHelp() {
        for name in ["facts", "fact", "sources", "claims", "assumptions", "article", "search"] {
            let spec = Commands.lookup(name)
            #expect(spec != nil, "\(name)")
            #expect(spec.map { $0.help.hasPrefix(":" + name) } == true, "\(name)")
        }
    }
}
