namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The last texts folded, kept by reference so that a check folds its answer once.</summary>
[Trait("Category", "Unit")]
public class FoldMemoTests
{
    [Fact]
    public void A_kept_text_gives_back_its_fold()
    {
        var memo = new FoldMemo();
        var text = "Brasília is the capital";
        memo.Keep(text, "brasilia is the capital");

        Assert.Equal("brasilia is the capital", memo.Find(text));
    }

    [Fact]
    public void An_equal_text_that_is_another_string_is_not_found()
    {
        var memo = new FoldMemo();
        var text = new string("Brasília".AsSpan());
        memo.Keep(text, "brasilia");

        Assert.Null(memo.Find(new string("Brasília".AsSpan())));
    }

    [Fact]
    public void The_oldest_text_makes_way_once_the_memo_is_full()
    {
        var memo = new FoldMemo();
        var texts = Enumerable.Range(0, 5).Select(i => new string($"Text {i}".AsSpan())).ToList();
        texts.ForEach(t => memo.Keep(t, t.ToLowerInvariant()));

        Assert.Null(memo.Find(texts[0]));
        Assert.Equal("text 4", memo.Find(texts[4]));
        Assert.Equal("text 1", memo.Find(texts[1]));
    }
}
