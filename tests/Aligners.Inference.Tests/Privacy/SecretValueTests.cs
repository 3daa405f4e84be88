namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SecretValueTests
{
    [Theory]
    [InlineData("pw 'a]b{c&d=e' rest", "a]b{c&d=e")] // a quoted value runs to its closing quote
    [InlineData("pw 'JSON Web Token'", "JSON")] // short of a space: a quoted phrase is prose
    [InlineData("pw Xy7#kk!9, then", "Xy7#kk!9")] // a sentence's comma is not part of it
    [InlineData("token=Hq3Rt8Vw&state=1", "Hq3Rt8Vw")] // the next pair of a query starts
    [InlineData("pw Hq3Rt8Vw;state=1", "Hq3Rt8Vw")] // the next pair of a list starts
    [InlineData("pw cancellationToken)<br/>", "cancellationToken")] // code and markup are not part of it
    [InlineData("pw a=b?c;d", "a=b?c;d")] // '=' and ';' inside a password stay
    [InlineData("pw Abc123.", "Abc123")]
    [InlineData("pw Tk&9z%Q rest", "Tk&9z%Q")] // an '&' that starts no pair is part of the password
    [InlineData("pw Hq3Rt8Vw&amp;next", "Hq3Rt8Vw")] // an entity is markup around the value
    public void A_value_reaches_its_quote_or_the_next_space(string text, string expected)
    {
        var start = text.IndexOf(expected, StringComparison.Ordinal);

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
    [InlineData("incorrect.</exception>", false)] // markup
    [InlineData("Passw!rd$", false)] // no digit: a word with symbols
    [InlineData("T:System.Linq.Lookup`2", false)]
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

    [Theory]
    [InlineData("QWmpaXRtyLbvE", true)]
    [InlineData("bKTrwPLmzQYhv", true)]
    [InlineData("MyPasswordHere", false)] // camel-cased words
    [InlineData("XMLHttpRequest", false)] // an acronym then words
    [InlineData("CHANGEMEPLEASE", false)] // one case
    [InlineData("QWmpaX", false)] // too short
    [InlineData("QWmpaXRty1bvE", false)] // not letters only: the other rules judge it
    public void Random_letters_change_case_often_and_run_capitals_into_lower_case(string value, bool random)
    {
        Assert.Equal(random, SecretValue.RandomLetters(value));
    }

    [Theory]
    [InlineData("pw: q}7[Zr(2)x! next", "q}7[Zr(2)x!")] // brackets and symbols of its own
    [InlineData("{pw: Abc12$x}", "Abc12$x")] // a closing bracket it never opened is the code's
    [InlineData("<pw>Abc12$x</pw>", "Abc12$x")] // a closing tag ends it
    [InlineData("?pw=Abc12$x&user=ann", "Abc12$x")] // so does the next pair
    [InlineData("pw: Abc12$x.", "Abc12$x")] // and a sentence's full stop is not part of it
    public void A_value_named_as_a_password_runs_to_the_next_space(string text, string expected)
    {
        var start = text.IndexOf(expected, StringComparison.Ordinal);

        Assert.Equal(expected, text[start..SecretValue.PasswordEnd(text, start, SecretValue.End(text, start))]);
    }

    [Theory]
    [InlineData("Kiwi4$", true)] // short, with a symbol
    [InlineData("Kiwi45", false)] // short, without one
    [InlineData("2%C_8}x-%T", true)] // mostly symbols, with a letter and a digit
    public void A_short_password_needs_a_symbol(string value, bool expected)
    {
        Assert.Equal(expected, SecretValue.Guessable(value));
    }

    [Theory]
    [InlineData("maple.otter_57", true)] // words joined by '.' and '_', digits set off at the end
    [InlineData("cedar.frost-31", true)]
    [InlineData("settings.max_retries", false)] // a qualified name: no digits at its end
    [InlineData("System.Int64", false)]
    public void Words_joined_by_dots_and_underscores_ending_in_digits_are_a_password_named_as_one(string value, bool password)
    {
        Assert.Equal(!password, SecretValue.LooksLikeDottedName(value, password: true));
    }

    [Theory]
    [InlineData("getToken(user)", true)]
    [InlineData("load_key(path);", true)]
    [InlineData("7(q2x)mv!ok#9z(pl", false)] // opens with a digit: no name
    [InlineData("abc(5c)icj3p0(rbp*8n0fzfj", false)] // the brackets do not close the value
    public void A_call_is_a_name_and_an_argument_list_that_ends_the_value(string value, bool call)
    {
        Assert.Equal(call, SecretValue.LooksLikeCall(value));
    }
}
