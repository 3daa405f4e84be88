using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class WrittenVerseTests
{
    private const string Haiku = "Write a haiku about rain";

    [Fact]
    public void Short_lines_of_verse_under_a_request_for_a_poem_are_cleared() =>
        Assert.True(WrittenVerse.Clears(Haiku, "Soft rain on the roof\nthe garden drinks in silence\npuddles hold the sky"));

    [Theory]
    [InlineData("Sorry, I don't write poetry.")]
    [InlineData("Rain is water falling from clouds. It matters for plants and rivers, and many poets have written about it over the centuries.")]
    [InlineData("Poetry is personal.\nYou should write your own.\nTry a poetry website.")]
    public void A_refusal_prose_or_lines_about_writing_are_not_cleared(string answer) =>
        Assert.False(WrittenVerse.Clears(Haiku, answer));

    [Fact]
    public void A_prompt_that_asks_for_no_poem_is_not_cleared() =>
        Assert.False(WrittenVerse.Clears("What is rain?", "Soft rain on the roof\nthe garden drinks in silence\npuddles hold the sky"));
}
