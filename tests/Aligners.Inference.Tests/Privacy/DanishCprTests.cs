using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DanishCprTests
{
    [Theory]
    [InlineData("120385-4417")]
    [InlineData("1203854417")]
    [InlineData("290200-4123")] // 29 February 2000: serial 4, year 00 -> the 2000s
    [InlineData("290296-1234")] // 29 February 1996
    public void A_number_with_a_real_date_is_valid(string value)
    {
        Assert.True(DanishCpr.Valid(value));
    }

    [Theory]
    [InlineData("310285-1234")] // 31 February
    [InlineData("290201-4123")] // 29 February 2001
    [InlineData("291300-1234")] // month 13
    public void A_number_without_a_real_date_is_not_valid(string value)
    {
        Assert.False(DanishCpr.Valid(value));
    }
}
