using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class MailHeadersTests
{
    private static bool Names(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return MailHeaders.NamesAMessage(text, start, start + value.Length);
    }

    [Theory]
    [InlineData("Message-ID: <x1@host.example>", "x1@host.example")]
    [InlineData("Subject: hi\nReferences: <a@b.example>\n\t<c@d.example>", "c@d.example")]
    [InlineData("Content-ID: <part1.06@example.net>", "part1.06@example.net")]
    public void A_bracketed_value_of_a_message_header_names_a_message(string text, string value)
    {
        Assert.True(Names(text, value));
    }

    [Theory]
    [InlineData("From: Ann <ann@example.org>", "ann@example.org")]
    [InlineData("Message-ID noted; reply to ann@example.org", "ann@example.org")]
    [InlineData("Message-ID: x1@host.example", "x1@host.example")]
    public void Other_headers_and_unbracketed_values_do_not(string text, string value)
    {
        Assert.False(Names(text, value));
    }
}
