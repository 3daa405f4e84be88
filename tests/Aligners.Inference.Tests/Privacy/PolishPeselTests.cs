using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PolishPeselTests
{
    [Theory]
    [InlineData("44051401359")] // the usual published example: 14 May 1944
    [InlineData("03272101239")] // 21 July 2003: month 07 + 20
    [InlineData("85123104567")]
    public void A_number_with_its_check_digit_and_a_real_date_is_valid(string value)
    {
        Assert.True(PolishPesel.Valid(value));
    }

    [Theory]
    [InlineData("44051401358")] // check digit wrong
    [InlineData("44053101353")] // 31 May passes, but the check does not
    [InlineData("85023004563")] // 30 February
    [InlineData("85133104567")] // month 13: no century gives it
    [InlineData("4405140135")] // ten digits
    public void A_look_alike_is_not_valid(string value)
    {
        Assert.False(PolishPesel.Valid(value));
    }
}
