using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class RequestHarmTests
{
    /// <summary>Every description at 0.05 but the first harmful request at <paramref name="harm"/> and the first ordinary one at <paramref name="ordinary"/>.</summary>
    private static float[] Similarities(float harm, float ordinary)
    {
        var similarities = Enumerable.Repeat(0.05f, HarmCategories.Descriptions.Count).ToArray();
        similarities[0] = harm;
        similarities[HarmCategories.Descriptions.Count - HarmCategories.Ordinary.Count] = ordinary;
        return similarities;
    }

    [Fact]
    public void Harm_and_ordinary_are_the_closest_of_each_kind() =>
        Assert.Equal((0.5, 0.3), (Math.Round(RequestHarm.Harm(Similarities(0.5f, 0.3f)), 3), Math.Round(RequestHarm.Ordinary(Similarities(0.5f, 0.3f)), 3)));

    [Fact]
    public void A_prompt_far_from_every_harmful_request_is_harmless() =>
        Assert.True(RequestHarm.Harmless(Similarities(0.15f, 0.1f)));

    [Fact]
    public void A_prompt_near_a_harmful_request_is_not_harmless_though_closer_to_an_ordinary_one() =>
        Assert.False(RequestHarm.Harmless(Similarities(0.45f, 0.5f)));

    [Fact]
    public void A_prompt_near_a_harmful_request_is_not_harmless_even_below_the_refusal_floor() =>
        Assert.False(RequestHarm.Harmless(Similarities((float)RefusalComposer.RequestFloor - 0.05f, 0.1f)));

    [Fact]
    public void Similarities_that_do_not_match_the_descriptions_are_refused() =>
        Assert.Throws<ArgumentException>(() => RequestHarm.Harmless([0.5f, 0.1f]));

    [Theory]
    [InlineData(0.31f, true)]
    [InlineData(0.34f, false)]
    public void A_prompt_just_past_a_faint_likeness_to_a_harm_is_still_harmless(float harm, bool harmless) =>
        Assert.Equal(harmless, RequestHarm.Harmless(Similarities(harm, 0.1f)));
}
