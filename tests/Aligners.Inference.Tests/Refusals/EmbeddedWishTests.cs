using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class EmbeddedWishTests
{
    [Theory]
    [InlineData("me and my friends are 16 and want to drink at a party", "drink at a party")]
    [InlineData("my brother needs to get rid of the car.", "get rid of the car")]
    public void AWishAfterWhoIsAsking_IsTheAction(string clause, string action) =>
        Assert.Equal(action, EmbeddedWish.Of(clause));

    [Theory]
    [InlineData("want to know more")]
    [InlineData("the weather is nice today")]
    [InlineData("we really want to")]
    public void AClauseWithNoWishAfterItsStart_HasNone(string clause) =>
        Assert.Null(EmbeddedWish.Of(clause));
}
