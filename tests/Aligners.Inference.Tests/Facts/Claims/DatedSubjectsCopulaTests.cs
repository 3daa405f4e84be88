namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A year belongs to the work its clause is about, however the clause names it: "X is a tool created
/// by ... in 2005 for ... Y" dates X as "X was created ..." does, so the year is not checked against
/// Y, named after it.
/// </summary>
[Trait("Category", "Unit")]
public class DatedSubjectsCopulaTests
{
    [Theory]
    [InlineData("how do I start a Django project?", "Django is a web framework created by Adrian Holovaty in 2005 for the Python programming language.")]
    [InlineData("what is Jupyter?", "Jupyter is a notebook tool developed by Fernando Pérez in 2014 for the Python language.")]
    [InlineData("who made Netscape?", "Netscape is a browser company founded by Marc Andreessen in 1994 to bring the World Wide Web to everyone.")]
    public void A_year_of_a_subject_told_by_is_is_not_checked_against_a_work_named_after_it(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_year_of_the_work_itself_told_by_is_is_still_corrected() =>
        FactAssert.ContradictedAt("when was Python created?", "The Python programming language is a tool created by Guido van Rossum in 1999.", "1999", "1991");

    [Fact]
    public void A_wrong_year_of_the_work_named_before_it_is_still_corrected() =>
        FactAssert.ContradictedAt("when was the telephone invented?", "The telephone is a device invented by Alexander Graham Bell in 1901 for speech over wires.", "1901", "1876");
}
