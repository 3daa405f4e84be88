namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A year dates the thing its sentence is about: "X was built ... in 1993 to browse the World Wide
/// Web" dates X, so the year is not checked against the Web's entry.
/// </summary>
[Trait("Category", "Unit")]
public class DatedSubjectsTests
{
    [Theory]
    [InlineData("what was Mosaic?", "Mosaic was built by Marc Andreessen in 1993 to browse the World Wide Web.")]
    [InlineData("tell me about Bell Labs", "Bell Labs was founded in 1925 to improve the telephone network.")]
    public void A_year_of_a_named_subject_is_not_checked_against_a_work_named_after_it(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_year_of_the_work_itself_is_still_corrected() =>
        FactAssert.ContradictedAt("when was the web invented?", "The World Wide Web was invented by Tim Berners-Lee in 1999.", "1999", "1989 or 1990 or 1991");

    [Fact]
    public void A_year_opening_a_sentence_still_dates_the_work_after_it() =>
        Assert.Equal("1876", FactAssert.Contradiction("when was the telephone invented?", "In 1901, Bell invented the telephone.").Expected);
}
