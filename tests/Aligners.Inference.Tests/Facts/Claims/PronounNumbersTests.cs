namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A number word that stands for a thing ("ask one before you decide") counts nothing, so it is no
/// value of a conversion and no correction writes a value in its place.
/// </summary>
[Trait("Category", "Unit")]
public class PronounNumbersTests
{
    [Theory]
    [InlineData("how many centimetres are in a metre", "A maths teacher knows this well. Ask one before you write it down.")]
    [InlineData("how many ounces are in a pound", "Kitchen scales differ, so pick one of the digital kinds and read the label.")]
    public void A_number_word_that_counts_nothing_is_no_conversion_claim(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_conversion_in_figures_is_still_corrected() =>
        Assert.Equal("100", FactAssert.Contradiction("how many centimetres are in a metre", "There are 10 centimetres in a metre.").Expected);

    [Theory]
    [InlineData("ask one before you decide", 4, "one")]
    [InlineData("choose two of them", 7, "two")]
    [InlineData("the one that fits", 4, "one")]
    public void A_word_number_before_a_word_that_follows_no_count_is_a_pronoun(string text, int at, string number) =>
        Assert.True(PronounNumbers.Holds(text, at, number));

    [Theory]
    [InlineData("one moon circles it", 0, "one")]
    [InlineData("one and a half hours", 0, "one")]
    [InlineData("1 before noon", 0, "1")]
    [InlineData("it is one.", 6, "one")]
    public void Counts_and_figures_are_no_pronouns(string text, int at, string number) =>
        Assert.False(PronounNumbers.Holds(text, at, number));
}
