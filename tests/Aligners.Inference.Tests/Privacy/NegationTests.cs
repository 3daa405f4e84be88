namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NegationTests
{
    [Theory]
    [InlineData("The icon file, not a secret", "secret")]
    [InlineData("Das ist kein Geheimnis", "Geheimnis")]
    [InlineData("ce n'est pas un secret", "secret")]
    [InlineData("esto no es secreto", "secreto")]
    [InlineData("dit is geen geheim", "geheim")]
    [InlineData("no token needed", "token")]
    public void A_negated_secret_word_is_denied(string text, string word)
    {
        Assert.True(Negation.Denies(text, text.LastIndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("keep the secret", "secret")]
    [InlineData("not for sharing: the secret", "secret")] // the negation is about something else
    [InlineData("secret", "secret")]
    public void A_secret_word_without_a_negation_before_it_is_not_denied(string text, string word)
    {
        Assert.False(Negation.Denies(text, text.LastIndexOf(word, StringComparison.Ordinal)));
    }
}
