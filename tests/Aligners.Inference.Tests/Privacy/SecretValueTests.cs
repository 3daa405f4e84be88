using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

public class SecretValueTests
{
    [Theory]
    [InlineData("pw 'a b]{c&d' rest", "a b]{c&d")] // a quoted value runs to its closing quote
    [InlineData("pw Xy7#kk!9, then", "Xy7#kk!9")] // a sentence's comma is not part of it
    [InlineData("token=Hq3Rt8Vw&state=1", "Hq3Rt8Vw")] // the next pair of a query starts
    [InlineData("pw a=b?c;d", "a=b?c;d")] // '=' and ';' inside a password stay
    [InlineData("pw Abc123.", "Abc123")]
    public void A_value_reaches_its_quote_or_the_next_space(string text, string expected)
    {
        var start = text.IndexOf(' ') + 1;
        start = text.IndexOf('=') is var eq and > 0 && expected.StartsWith("Hq", StringComparison.Ordinal) ? eq + 1 : start;
        if (text[start] == '\'')
        {
            start++;
        }

        Assert.Equal(expected, text[start..SecretValue.End(text, start)]);
    }

    [Theory]
    [InlineData("Sommer2024!", true)]
    [InlineData("Valencia1995$", true)]
    [InlineData("hunter2", false)] // too short
    [InlineData("incorrect", false)] // a word
    [InlineData("12345678", false)] // a number
    [InlineData("2024-05-17", false)]
    [InlineData("two words1", false)]
    public void A_guessable_password_mixes_letters_with_digits_or_symbols(string value, bool guessable)
    {
        Assert.Equal(guessable, SecretValue.Guessable(value));
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=x", true)]
    [InlineData("a=1&b=2", true)]
    [InlineData("BWbhawiNYo=UDA?gn", false)]
    [InlineData("dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu==", false)]
    public void A_list_of_pairs_has_a_second_pair(string text, bool list)
    {
        Assert.Equal(list, SecretValue.StartsPairList(text, 0));
    }
}
