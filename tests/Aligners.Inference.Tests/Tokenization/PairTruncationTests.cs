using Aligners.Inference.Tokenization;

namespace Aligners.Inference.Tests.Tokenization;

[Trait("Category", "Unit")]
public class PairTruncationTests
{
    [Theory]
    [InlineData(10, 20, 100, 10, 20)]   // fits: untouched
    [InlineData(300, 300, 100, 50, 50)] // both long: half each
    [InlineData(10, 300, 100, 10, 90)]  // short prompt gives its share to the response
    [InlineData(300, 10, 100, 90, 10)]  // short response gives its share to the prompt
    [InlineData(0, 500, 100, 0, 100)]
    public void Split_KeepsBothSidesWithinBudget(int prompt, int response, int budget, int promptKeep, int responseKeep)
    {
        Assert.Equal((promptKeep, responseKeep), PairTruncation.Split(prompt, response, budget));
    }

    [Fact]
    public void Apply_KeepsPromptTailAndResponseHead()
    {
        var (p, r) = PairTruncation.Apply([.. Enumerable.Range(0, 10)], [.. Enumerable.Range(100, 10)], 8);

        Assert.Equal([6, 7, 8, 9], p);
        Assert.Equal([100, 101, 102, 103], r);
    }
}
