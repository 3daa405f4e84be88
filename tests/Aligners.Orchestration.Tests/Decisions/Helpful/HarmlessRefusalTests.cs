using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class HarmlessRefusalTests
{
    private static float[] Similarities(float harm, float ordinary)
    {
        var similarities = Enumerable.Repeat(0.05f, HarmCategories.Descriptions.Count).ToArray();
        similarities[0] = harm;
        similarities[HarmCategories.Descriptions.Count - HarmCategories.Ordinary.Count] = ordinary;
        return similarities;
    }

    [Theory]
    [InlineData("Sorry, I can't help with that.")]
    [InlineData("I'm unable to help with knitting patterns. If you have another question, I'm happy to help.")]
    [InlineData("I won't write poems about the sea.")]
    public void A_refusal_of_a_harmless_request_is_flagged(string answer) =>
        Assert.True(HarmlessRefusal.Flags(answer, () => Similarities(0.12f, 0.3f)));

    [Fact]
    public void A_polite_refusal_of_a_request_near_a_harmful_one_is_not_flagged() =>
        Assert.False(HarmlessRefusal.Flags("I can't help with getting into someone else's account.", () => Similarities(0.55f, 0.2f)));

    [Theory]
    [InlineData("I can't book tables myself, but I can help you find the restaurant's number.")]
    [InlineData("I can't see your screen. Tell me the error message and I'll explain it.")]
    [InlineData("I'd avoid that brand; its hinges break.")]
    public void A_refusal_that_offers_something_else_or_advice_is_not_flagged(string answer) =>
        Assert.False(HarmlessRefusal.Flags(answer, () => Similarities(0.12f, 0.3f)));

    [Fact]
    public void Without_the_encoders_weighing_nothing_is_flagged() =>
        Assert.False(HarmlessRefusal.Flags("Sorry, I can't help with that.", () => null));

    [Fact]
    public void The_encoder_is_not_asked_for_an_answer_that_does_not_refuse()
    {
        var asked = false;

        HarmlessRefusal.Flags("Boil it for nine minutes.", () => { asked = true; return Similarities(0.1f, 0.1f); });

        Assert.False(asked);
    }

    [Fact]
    public void A_refusal_that_lists_what_to_do_instead_offers_something() =>
        Assert.False(HarmlessRefusal.Flags("I can't help with altering a statement, it's fraud.\n\nWhat genuinely helps:\n- Offer a guarantor\n- Pay a larger deposit upfront",
            () => Similarities(0.12f, 0.3f)));
}

[Trait("Category", "Unit")]
public class HarmlessRefusalApologyTests
{
    [Fact]
    public void An_apology_with_but_before_the_refusal_offers_nothing() =>
        Assert.True(HarmlessRefusal.Refuses("I'm sorry, but I can't write jokes about cats. They are best written by you."));
}

[Trait("Category", "Unit")]
public class HarmlessRefusalOpeningTests
{
    [Theory]
    [InlineData("I'm unable to translate text.", true)]
    [InlineData("I can't help with that, but here's a start: ...", true)]
    [InlineData("Buona notte. I can't promise the accent is right.", false)]
    public void Only_a_first_sentence_that_says_i_cannot_opens_refusing(string answer, bool refusing) =>
        Assert.Equal(refusing, HarmlessRefusal.OpensRefusing(answer));
}
