using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PassphraseTests
{
    private static string? Read(string text, string from)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = Passphrase.End(text, start);
        return end < 0 ? null : text[start..end];
    }

    [Theory]
    [InlineData("is \"amber quiver lotus\" now", "amber quiver lotus")]
    [InlineData("phrase: amber quiver lotus canyon\nnext line", "amber quiver lotus canyon")]
    [InlineData("key amber-quiver-lotus, then", "amber-quiver-lotus")]
    public void Three_or_more_plain_words_are_read_whole(string text, string expected)
    {
        Assert.Equal(expected, Read(text, "amber"));
    }

    [Theory]
    [InlineData("is \"amber quiver\" now")] // two words
    [InlineData("phrase: amber quiver lotus and more words follow, then a sentence")]
    [InlineData("phrase: amber is the colour\n")] // prose
    [InlineData("is \"amber Quiver lotus\"")] // a capital: a title, not a passphrase
    [InlineData("amber-quiver-lotus7")] // glued to a digit: a password's shape, judged elsewhere
    [InlineData("amber-here-password")] // a placeholder's words
    public void Pairs_sentences_and_placeholders_are_no_passphrase(string text)
    {
        Assert.Null(Read(text, "amber"));
    }
}
