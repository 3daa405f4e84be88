namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ServiceLoginsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("hi, my new login (for the supplier shop) is jonas.berg@larkfield.example / Tq8#vWm2Lp4z please unlock it", "Tq8#vWm2Lp4z")]
    [InlineData("Zugangsdaten fürs Kundenportal: e.roth@mailbox.example / Haf3n!Wind77", "Haf3n!Wind77")]
    [InlineData("Portal login for ops (ops.lead@harbor.example / Rz4!mK8qWv)", "Rz4!mK8qWv")]
    public void An_email_a_slash_and_a_password_after_a_login_word_is_a_credential(string text, string expected)
    {
        Assert.Contains(Detector.Detect(text), e => e.Type == PrivacyTypes.Credential && text.Substring(e.Start, e.Length) == expected);
    }

    [Theory]
    [InlineData("Send invoices to billing@larkfield.example / accounts@larkfield.example")] // two addresses, no login word
    [InlineData("Contact: jonas.berg@larkfield.example / Sales-2 team")] // no login word
    public void An_email_and_a_slash_without_a_login_word_give_no_credential(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PrivacyTypes.Credential);
    }

    [Fact]
    public void A_urls_host_and_path_after_its_user_information_is_no_login_pair()
    {
        Assert.Empty(DeviceLogins.Find("login with mongodb+srv://svc:Kp2x9Lm4@db.larkfield.example/?retryWrites=true"));
    }
}

[Trait("Category", "Unit")]
public class BasicHeaderPasswordsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("const auth = \"Basic \" + btoa(accountId + \":f3a9c17e0b2d4856a1c9e7f0b3d5a2c8\");", "f3a9c17e0b2d4856a1c9e7f0b3d5a2c8")]
    [InlineData("headers['Authorization'] = 'Basic ' + base64.b64encode((user + ':Wq7vNp2Rt9Lx').encode()).decode()", "Wq7vNp2Rt9Lx")]
    public void A_literal_opened_by_a_colon_after_a_joined_user_in_a_basic_headers_encoding_is_a_password(string text, string expected)
    {
        Assert.Contains(Detector.Detect(text), e => e.Type == PrivacyTypes.Credential && text.Substring(e.Start, e.Length) == expected);
    }

    [Theory]
    [InlineData("var label = name + \":\" + value;")] // no Basic header
    [InlineData("auth = \"Basic \" + btoa(user + \":\" + password)")] // the password is a variable
    [InlineData("auth = \"Basic \" + btoa(user + \":<your-auth-token>\")")] // a placeholder
    public void Other_joined_literals_give_no_credential(string text)
    {
        Assert.DoesNotContain(BasicHeaderPasswords.Find(text), _ => true);
    }
}
