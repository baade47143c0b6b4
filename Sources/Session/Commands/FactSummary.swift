import Language
import Story

/// A fact's amount, qualifiers, hedges and source chain as `:fact` prints them, for the layers
/// that show facts outside the shell (the HTML report's article and facts table).
public enum FactSummary {
    /// The amount with its unit: `2,000 USD/month`, `thousands (vague: no number given)`.
    public static func value(_ fact: Fact) -> String { StoryDisplay.value(fact) }

    /// The qualifier and hedge words: `around; reportedly` (empty when there are none).
    public static func qualifiers(_ fact: Fact) -> String { StoryDisplay.qualifiers(fact) }

    /// The hedges with their classes: `reportedly (reportative), around (approximator)`.
    public static func hedges(_ fact: Fact) -> String { StoryDisplay.hedges(fact.hedges) }

    /// Who said it and how it reached the article: `said by: Wi Sung-lac, … — via Korean media — via Caliber.Az`.
    public static func chain(_ fact: Fact, in story: Story) -> String {
        StoryDisplay.chain(story, from: fact.sourceId, attribution: fact.attribution)
    }
}
