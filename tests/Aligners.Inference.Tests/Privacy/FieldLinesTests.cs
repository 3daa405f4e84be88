namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class FieldLinesTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("Zugang Außendienst:\nBenutzer: k.hoffmann\nPasswort: Tulpe#71?\nServer: 10.20.30.40")]
    [InlineData("Remote access\nusername: a.okafor\npassword: Cedar!52?\nhost: vpn.example.org")]
    public void The_labelled_line_after_a_password_field_is_the_next_field_not_a_reply_giving_the_password(string text)
    {
        // The line before ends in a question mark, as a question would; the password under its label is the entropy detector's.
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("wachtwoord: Sommer#88?\ngateway: 10.1.2.3", true)]
    [InlineData("Password: Cedar!52?\nVPN host: vpn.example.org", true)]
    [InlineData("what's the password?\nBob: Cedar!52x", false)] // a question, then a speaker's reply
    [InlineData("password: ?\nhost: vpn.example.org", true)]
    [InlineData("password:\nhost: vpn.example.org", false)] // the password's label gives no value: the next line may
    [InlineData("wachtwoord: Sommer#88?\nSommer#88?", false)] // the next line is no labelled field
    public void Only_a_labelled_line_after_a_password_fields_value_is_read_as_the_next_field(string text, bool next)
    {
        var lineStart = text.IndexOf('\n') + 1;

        Assert.Equal(next, FieldLines.NextField(text, 0, lineStart, text.Length));
    }
}
