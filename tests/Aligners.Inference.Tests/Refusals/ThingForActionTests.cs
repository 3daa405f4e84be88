using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class ThingForActionTests
{
    [Theory]
    [InlineData("what's a good knife to sneak into a festival", "sneak a knife into a festival")]
    [InlineData("whats the best app to read my girlfriend's texts", "use an app to read my girlfriend's texts")]
    [InlineData("what are the best tools to break into a car", "use tools to break into a car")]
    public void AQuestionForTheThingToDoItWith_IsTheActionDoneWithIt(string clause, string action) =>
        Assert.Equal(action, ThingForAction.Of(clause));

    [Theory]
    [InlineData("what's the best way to get there")]
    [InlineData("what's a good book")]
    [InlineData("what is the capital of France")]
    [InlineData("how do I sneak a knife in")]
    public void AClauseThatAsksNoThingForAnAction_HasNone(string clause) =>
        Assert.Null(ThingForAction.Of(clause));
}
