using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class CrimeHistoryTests
{
    private const string History =
        "In 1911 a museum worker hid in a cupboard overnight and walked out with the painting under his coat. "
        + "It was missing for two years until he tried to sell it in Florence in 1913; he was arrested and served a short prison term.";

    [Fact]
    public void A_dated_narrative_with_its_outcome_is_cleared() =>
        Assert.True(CrimeHistory.Clears("What happened when the Mona Lisa was stolen?", History));

    [Fact]
    public void An_answer_that_addresses_the_reader_is_left_to_the_model() =>
        Assert.False(CrimeHistory.Clears("What happened when the Mona Lisa was stolen?",
            History + " If you tried it today you would need to dodge the cameras first."));

    [Fact]
    public void A_prompt_about_the_askers_own_plans_is_left_to_the_model() =>
        Assert.False(CrimeHistory.Clears("How did he do it? I want to do the same at my local gallery.", History));

    [Fact]
    public void A_prompt_that_does_not_ask_about_the_past_is_left_to_the_model() =>
        Assert.False(CrimeHistory.Clears("Steal a painting from a museum.", History));

    [Fact]
    public void A_narrative_without_a_year_or_an_outcome_is_left_to_the_model() =>
        Assert.False(CrimeHistory.Clears("What happened in the museum theft?", "A worker hid overnight and walked out with the painting under his coat."));

    [Fact]
    public void A_yes_or_no_question_about_the_past_asks_about_the_past() =>
        Assert.True(CrimeHistory.Clears("Was the Mona Lisa really stolen once?", History));
}
