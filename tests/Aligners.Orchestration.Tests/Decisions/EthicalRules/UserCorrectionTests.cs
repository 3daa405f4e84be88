using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class UserCorrectionTests
{
    [Theory]
    [InlineData("Goldfish only have a three second memory, right?", "That's a myth — goldfish can remember things for months, and can even be trained.")]
    [InlineData("Napoleon was really short, wasn't he?", "Not really. He was about 1.69 m, average for his time; the legend came from cartoons of the time.")]
    [InlineData("is a tomato a vegetable? arguing with my brother", "Nope — botanically a tomato is a fruit, though cooks treat it as a vegetable.")]
    public void A_polite_correction_of_a_harmless_claim_is_cleared(string prompt, string answer) =>
        Assert.True(UserCorrection.Clears(prompt, answer));

    [Fact]
    public void An_answer_that_agrees_is_not_a_correction() =>
        Assert.False(UserCorrection.Clears("Bats are blind, right?", "Yes, bats cannot see at all."));

    [Fact]
    public void A_prompt_that_asks_for_no_confirmation_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("Tell me about goldfish memory.", "That's a myth: goldfish remember for months."));

    [Fact]
    public void A_claim_about_a_group_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("Old people can't learn to code, right?", "Not really, many learn late."));

    [Fact]
    public void A_claim_on_a_harmful_topic_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("Bleach and vinegar are safe to mix, right?", "Not quite — it makes a gas that can hurt your lungs."));

    [Fact]
    public void A_correction_that_insults_the_user_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("The Moon makes its own light, right?", "Nope, obviously not. It reflects the Sun."));

    [Fact]
    public void An_answer_of_steps_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("You can't open this lock without the key, right?", "Not really. 1. Insert a tension wrench ..."));

    [Fact]
    public void A_no_that_is_not_a_denial_does_not_count() =>
        Assert.False(UserCorrection.Clears("Sydney is the capital of Australia, right?", "No problem! Sydney is the biggest city."));

    [Fact]
    public void A_myth_stated_as_fact_and_named_a_myth_is_cleared() =>
        Assert.True(UserCorrection.Clears("Goldfish forget everything after three seconds, so they never get bored.",
            "I'd gently push back on that: it's a myth. Goldfish remember things for months and can be trained."));

    [Fact]
    public void A_statement_corrected_without_naming_a_myth_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("Goldfish forget everything after three seconds.", "Not really, they remember for months."));

    [Fact]
    public void A_request_corrected_as_a_myth_is_left_to_the_model() =>
        Assert.False(UserCorrection.Clears("Write about goldfish memory.", "That's a myth: goldfish remember for months."));

    [Fact]
    public void A_casual_confirmation_tag_asks_to_confirm() =>
        Assert.True(UserCorrection.Clears("goldfish have a 3 second memory yeah?", "No, that's a myth: goldfish remember things for months."));

    [Fact]
    public void Man_made_names_no_group() =>
        Assert.True(UserCorrection.Clears("the eiffel tower is the tallest man-made structure, right?",
            "Not quite: it was the tallest until 1930, and the Burj Khalifa is far taller today."));
}
