namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DeviceLoginsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("Modem login: admin / Kiwi44#rt", "Kiwi44#rt")]
    [InlineData("Zugang NAS (Keller): root / b4um-Haus9", "b4um-Haus9")]
    [InlineData("Identifiants caméra : admin/Lune_2093.", "Lune_2093")]
    [InlineData("Acceso al router: ubnt / mar7Azul!", "mar7Azul!")]
    public void A_device_accounts_name_a_slash_and_a_password_after_a_login_word_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Roles on the router: admin / user")] // two roles, no password
    [InlineData("Login then open admin / settings")] // a menu path
    [InlineData("See the admin / 2fa page for setup")] // no login word before the user
    [InlineData("Router login: admin / <password>")]
    [InlineData("Kestrel-Guest / Zk81_rt")] // no device account's name before the slash
    public void Pairs_without_a_device_account_a_login_word_or_a_mixed_password_are_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("<Mara> who has the unifi login?\n<Ben> admin / Heron7Pike2 , rotate it after", "Heron7Pike2")]
    [InlineData("[09:12] Li: need creds for the NAS?\n[09:14] Ola: root / f4lke-Nord8", "f4lke-Nord8")]
    public void A_pair_answering_a_question_for_a_login_on_the_line_above_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("<Mara> the unifi login works again.\n<Ben> admin / Heron7Pike2")] // no question above
    [InlineData("<Mara> who is on call tonight?\n<Ben> admin / Heron7Pike2")] // a question naming no login
    public void A_pair_under_a_line_that_asks_for_no_login_is_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
