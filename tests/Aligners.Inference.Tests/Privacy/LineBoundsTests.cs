using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class LineBoundsTests
{
    [Fact]
    public void StartAndEnd_FindTheLineHoldingAPosition()
    {
        const string text = "first line\nsecond line\nthird";
        var at = text.IndexOf("cond", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("second", StringComparison.Ordinal), LineBounds.Start(text, at));
        Assert.Equal(text.IndexOf("\nthird", StringComparison.Ordinal), LineBounds.End(text, at));
        Assert.Equal(text.Length, LineBounds.End(text, text.Length - 1));
    }

    [Fact]
    public void Start_OnALineLongerThanItsReach_StopsAtTheReach()
    {
        var text = "a\n" + new string('x', LineBounds.LongestLine * 3);
        var at = text.Length - 1;
        Assert.Equal(at - LineBounds.LongestLine - 1, LineBounds.Start(text, at));
        Assert.Equal(-1, LineBounds.PreviousBreak(text, at));
    }

    [Fact]
    public void PreviousBreak_IsTheBreakEndingTheLineAbove_OrMinusOneOnTheFirstLine()
    {
        const string text = "one\ntwo\nthree";
        Assert.Equal(text.LastIndexOf('\n'), LineBounds.PreviousBreak(text, text.IndexOf("three", StringComparison.Ordinal) + 2));
        Assert.Equal(text.IndexOf('\n'), LineBounds.PreviousBreak(text, text.IndexOf("two", StringComparison.Ordinal)));
        Assert.Equal(-1, LineBounds.PreviousBreak(text, 1));
    }
}
