namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A year dates the thing an active verb of making names before it ("Holovaty created Django in
/// 2005 for the Python language"), not a work named after the year.
/// </summary>
[Trait("Category", "Unit")]
public class MadeObjectsTests
{
    [Theory]
    [InlineData("how do I start a Django project?", "Adrian Holovaty created Django in 2005 for the Python programming language.")]
    [InlineData("who made Netscape?", "Marc Andreessen founded Netscape in 1994 to bring the World Wide Web to everyone.")]
    public void A_year_of_a_made_object_is_not_checked_against_a_work_named_after_it(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_year_of_the_work_made_itself_is_still_corrected() =>
        FactAssert.ContradictedAt("when was Python created?", "Guido van Rossum created the Python programming language in 1999.", "1999", "1991");

    [Fact]
    public void A_maker_after_by_is_no_made_object() =>
        Assert.False(Aligners.Inference.Facts.MadeObjects.NamedIn("The telephone was invented by Bell "));
}
