using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ReferenceShapesTests
{
    [Theory]
    [InlineData("40217733/2025", true)]
    [InlineData("118/1999", true)]
    [InlineData("0171/2345678", false)]
    [InlineData("030/1234", false)]
    [InlineData("2025", false)]
    public void A_number_with_a_year_after_its_slash_is_a_files_number(string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.HasYearSuffix(raw));
    }

    [Theory]
    [InlineData("1503.27.61894", true)]
    [InlineData("12345.678", true)]
    [InlineData("04.78.95.49.71", false)]
    [InlineData("030.1234.567", false)]
    [InlineData("+33 4.78.95.49.71", false)]
    public void Dotted_groups_with_one_of_five_digits_are_a_reference(string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.IsDottedReference(raw));
    }

    [Theory]
    [InlineData("DE12 5001 0517 9931 2245 67", "9931", true)]
    [InlineData("call 0612 345 678", "0612", false)]
    [InlineData("room 4, 0612 345 678", "0612", false)]
    public void A_number_that_continues_a_run_of_digit_groups_is_its_tail(string text, string from, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.TailOfLongerNumber(text, text.IndexOf(from, StringComparison.Ordinal)));
    }
}
