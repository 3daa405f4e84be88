using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class PronounReferentTests
{
    [Theory]
    [InlineData("i")]
    [InlineData("we")]
    [InlineData("lot of money")]
    [InlineData("bunch of gift cards")]
    [InlineData("x")]
    public void APronounOrAQuantity_IsNoSafeReferent(string noun) =>
        Assert.False(PronounReferent.Safe(noun));

    [Theory]
    [InlineData("office printer")]
    [InlineData("brother's laptop")]
    [InlineData("ID")]
    public void ANamedThing_IsASafeReferent(string noun) =>
        Assert.True(PronounReferent.Safe(noun));
}
