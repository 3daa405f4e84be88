using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class BareDependsTests
{
    [Theory]
    [InlineData("It depends.")]
    [InlineData("That depends on your budget, your taste and your needs. Everyone is different!")]
    [InlineData("Well, it depends on a lot of factors. Both have their pros and cons.")]
    [InlineData("It depends on the weather, the season and the soil. There's no single answer.")]
    public void An_it_depends_that_commits_to_nothing_is_flagged(string answer) =>
        Assert.True(BareDepends.Flags(answer));

    [Theory]
    [InlineData("It depends on the size: a small one takes about 20 minutes, a large one 35.")]
    [InlineData("It depends on your goals. If you want to build websites, start with JavaScript.")]
    [InlineData("That depends on the model. Which one do you have?")]
    [InlineData("It depends, but for most people a hybrid is the better choice.")]
    [InlineData("It depends on where you live. Check your council's website for the collection day.")]
    public void An_it_depends_that_commits_to_an_answer_a_condition_or_a_question_is_not_flagged(string answer) =>
        Assert.False(BareDepends.Flags(answer));

    [Fact]
    public void An_answer_that_does_not_open_with_it_depends_is_not_flagged() =>
        Assert.False(BareDepends.Flags("Everyone is different, and there are pros and cons."));

    [Theory]
    [InlineData("The right temperature depends on your oven, the thickness of the chicken, and your recipe. It varies a lot.", true)]
    [InlineData("The right temperature depends on thickness: bake at 200 °C until the inside reads 74 °C.", false)]
    [InlineData("How long you need to rest after a long run, say a marathon, depends on your training and your age.", false)]
    public void A_short_subject_that_depends_on_things_and_commits_to_nothing_is_flagged(string answer, bool flagged) =>
        Assert.Equal(flagged, BareDepends.Flags(answer));
}
