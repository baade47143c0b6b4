import Testing
@testable import Extract

/// The built-in lexicon reads without a problem.
@Test func builtInLexiconReadsCleanly() {
    #expect(Lexicon.english.problems == [])
    #expect(Lexicon.english.numbers["dozen"] == 12)
}
