namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class IdentifierMentionsTests
{
    private static readonly ContextWords Kind = new("bsn", "burgerservicenummer");

    [Theory]
    [InlineData("/v1/bsn/162275869", true)]
    [InlineData("https://x.example/people/162275869/?kind=bsn", true)]
    [InlineData("/v1/bsn/162275869abc", false)] // not a whole segment
    [InlineData("/v1/people/162275869 (bsn lookups live elsewhere)", false)] // the word stands outside the URL
    [InlineData("v1 162275869 bsn", false)] // no path
    public void A_whole_path_segment_is_named_by_its_urls_other_parts(string text, bool named)
    {
        var start = text.IndexOf("1622", StringComparison.Ordinal);

        Assert.Equal(named, IdentifierMentions.NamedInUrl(text, start, start + 9, Kind));
    }

    [Theory]
    [InlineData("# BSN of the test user\nx = 162275869", true)]
    [InlineData("<!-- burgerservicenummer -->\n<td>162275869</td>", true)]
    [InlineData("Her BSN changed.\nx = 162275869", false)] // prose, not a comment
    [InlineData("# BSN of the test user\ny = 1\nx = 162275869", false)] // the comment is two lines up
    public void A_comment_on_the_line_above_names_the_value(string text, bool named)
    {
        Assert.Equal(named, IdentifierMentions.NamedInCommentAbove(TextLayout.Of(text), text.IndexOf("1622", StringComparison.Ordinal), Kind));
    }

    [Theory]
    [InlineData("ValidationError: tax_id='162275869'", true)]
    [InlineData("Fehler: ungültige id_number \"162275869\"", true)]
    [InlineData("Saved tax_id='162275869'", false)] // no error
    [InlineData("ValidationError: amount='162275869'", false)] // no identifier's field
    public void An_error_quoting_a_value_under_an_identifiers_field_names_it(string text, bool named)
    {
        Assert.Equal(named, IdentifierMentions.QuotedInError(text, text.IndexOf("1622", StringComparison.Ordinal)));
    }
}
