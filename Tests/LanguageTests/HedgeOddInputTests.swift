import Testing
@testable import Language

/// `:hedge` with odd input, as a new user types it: each is refused with a message that says what
/// is wrong, or accepted with a line that says what it now does to the story's facts (the test
/// story: soldier_pay "around 2,000", soldier_revenue_claim "over 200 million", troops_sent
/// "thousands", troops_if_sent "if 10,000").
@Suite struct HedgeOddInputTests {
    @Test func aShareBelowOfAHundredPercentOrMoreIsRefusedAndSaysWhy() {
        let s = TestStory.session()
        #expect(s.text(":hedge around = ±200%").hasPrefix(
            "error[command]: `±200%` reaches 200% below the number, to zero or less; a share below must be under 100% (`+200%` reaches above only)"))
        #expect(s.text(":hedge around = -100%").hasPrefix("error[command]: `-100%` reaches 100% below the number"))
        // Above only, any share: 2,000 + 200% of 2,000 = 6,000.
        #expect(s.text(":hedge around = +200%") == """
            hedge around = +200% for this session (built in: ±5% ±2% ±1%)
              now read: soldier_pay 2,000 to 6,000 USD/month
            """)
    }

    @Test func aMissingReadingIsNamed() {
        #expect(TestStory.session().text(":hedge around =").hasPrefix("error[command]: no reading after `=`: expected `±10%`"))
    }

    @Test func twoFiguresServeTwoAndMoreDigits() {
        // The last figure serves three digits and more; 2,000 has one digit: ±5%, 1,900 to 2,100.
        #expect(TestStory.session().text(":hedge around = ±5% ±2%") == """
            hedge around = ±5% ±2% ±2% for this session (built in: ±5% ±2% ±1%)
              now read: soldier_pay 1,900 to 2,100 USD/month
            """)
    }

    @Test func aRowThatNoLongerReadsAFactSaysSoAtOnce() {
        let s = TestStory.session()
        #expect(s.text(":hedge over = 100 to 200") == """
            hedge over = 100 to 200 for this session (built in: next round)
              now without a reading: soldier_revenue_claim (a bound is read by `next round`, a percentage or `precision`, not by `LOW to HIGH`)
            """)
        #expect(s.text(":hedge thousands = -5%") == """
            hedge thousands = -5% for this session (built in: 2,000 to 9,000)
              now without a reading: troops_sent (a vague word has no number to read: only `LOW to HIGH` reads it)
            """)
        #expect(s.text(":fact troops_sent").contains("  reading: none — “thousands” reads -5% (your :hedge), but a vague word has no number to read:"))
        #expect(s.text(":hedge thousands = none").hasSuffix("\n  now without a reading: troops_sent (`none`: a vague word stays vague)"))
        #expect(s.text(":hedge over = none").hasSuffix("\n  now at face value: soldier_revenue_claim over 200,000,000 USD/year"))
    }

    @Test func aWordNoFactUsesIsNamed() {
        let s = TestStory.session()
        #expect(s.text(":hedge nonsense = ±5%") == "hedge nonsense = ±5% for this session (not in the built-in table)\n  no fact of this story is qualified by “nonsense”")
        #expect(s.text(":hedge arond = ±1%").hasSuffix("did you mean `around`?"))
    }
}
