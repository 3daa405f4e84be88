using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class WishedAgentTests
{
    [Theory]
    [InlineData("I've got a bad back but I want my GP to prescribe more than I need", "get my GP to prescribe more than I need")]
    [InlineData("I need the landlord to give the deposit back", "get the landlord to give the deposit back")]
    [InlineData("honestly I'd like someone to take the blame for me", "get someone to take the blame for me")]
    public void AWishThatSomeoneElseAct_IsTheRequestToGetThemToAct(string clause, string request) =>
        Assert.Equal(request, WishedAgent.Of(clause));

    [Theory]
    [InlineData("I want to drink at a party")]
    [InlineData("I want my money back before I have to move out of the flat")]
    [InlineData("the weather is nice today")]
    public void AClauseWithNoOneElseWishedToAct_HasNone(string clause) =>
        Assert.Null(WishedAgent.Of(clause));
}
