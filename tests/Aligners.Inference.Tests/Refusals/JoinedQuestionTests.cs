using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class JoinedQuestionTests
{
    [Theory]
    [InlineData("sneak a knife into a festival and where on your body do you hide it", "sneak a knife into a festival")]
    [InlineData("get into the building and how do you avoid the cameras", "get into the building")]
    public void ARequestWithASecondQuestionJoined_EndsBeforeIt(string request, string first) =>
        Assert.Equal(first, JoinedQuestion.Before(request));

    [Theory]
    [InlineData("find out where someone lives")]
    [InlineData("go and where")]
    public void ARequestWithNoJoinedQuestion_OrTooShortBeforeIt_IsKept(string request) =>
        Assert.Equal(request, JoinedQuestion.Before(request));
}
