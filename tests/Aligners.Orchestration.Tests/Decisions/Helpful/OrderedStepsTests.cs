using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class OrderedStepsTests
{
    private const string Kettle = "how do I descale a kettle";

    [Fact]
    public void Ordered_steps_on_the_asked_topic_are_cleared() =>
        Assert.True(OrderedSteps.Clears(Kettle,
            "1. Fill the kettle halfway with equal parts water and white vinegar.\n2. Boil it, then leave it for an hour.\n3. Empty it and rinse twice with clean water."));

    [Fact]
    public void A_word_inside_a_longer_topic_word_counts_as_the_topic() =>
        Assert.True(OrderedSteps.Clears("what are the steps to clean a paintbrush",
            "1. Wipe off the excess paint.\n2. Wash the bristles in warm soapy water.\n3. Reshape them and let the brush dry flat."));

    [Theory]
    [InlineData("Kettles were first made of cast iron. Limescale builds up in hard-water areas.")]
    [InlineData("1. Preheat the oven.\n2. Mix the flour and butter.\n3. Bake for 20 minutes.")]
    [InlineData("1. Fill the kettle with vinegar.\n2. Boil it.")]
    public void Background_steps_for_another_task_or_too_few_steps_are_not_cleared(string answer) =>
        Assert.False(OrderedSteps.Clears(Kettle, answer));

    [Theory]
    [InlineData("1. a\n2. b\n3. c", 3)]
    [InlineData("1) a\n3) b\n2) c", 2)]
    [InlineData("It is 1.69 m tall.\n2.5 kg of it.", 0)]
    public void Steps_are_counted_from_one_in_order_at_the_start_of_a_line(string answer, int steps) =>
        Assert.Equal(steps, OrderedSteps.NumberedSteps(answer));
}
