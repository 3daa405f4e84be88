using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NorwegianBirthNumberTests
{
    [Theory]
    [InlineData("15088312381")]
    [InlineData("150883 12381")]
    [InlineData("55088312618")] // a D-number: day + 40
    [InlineData("15488313077")] // an H-number: month + 40
    [InlineData("01020345787")]
    public void A_number_with_both_check_digits_is_valid(string value)
    {
        Assert.True(NorwegianBirthNumber.Valid(value));
    }

    [Theory]
    [InlineData("15088312382")] // second check digit wrong
    [InlineData("15088312481")] // first check digit wrong
    [InlineData("32088312381")] // no 32nd
    [InlineData("15138312381")] // no 13th month
    [InlineData("1508831238")] // ten digits
    public void A_look_alike_is_not_valid(string value)
    {
        Assert.False(NorwegianBirthNumber.Valid(value));
    }
}
