namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A first is the world's unless a possessive before it or a word after it narrows it to a group.</summary>
[Trait("Category", "Unit")]
public class FirstScopeTests
{
    [Theory]
    [InlineData("japan's first person in space was a journalist", "first person in space", true)]
    [InlineData("the first woman in space from britain", "first woman in space", true)]
    [InlineData("the world's first person in space", "first person in space", false)]
    [InlineData("he was the first person in space.", "first person in space", false)]
    public void A_first_is_narrowed_only_by_a_group(string folded, string phrase, bool narrowed)
    {
        var at = folded.IndexOf(phrase, StringComparison.Ordinal);
        Assert.Equal(narrowed, FirstScope.Narrowed(folded, new Mention(MentionKind.Feat, "0", at, phrase.Length)));
    }
}
