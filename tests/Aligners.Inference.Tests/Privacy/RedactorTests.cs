namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class RedactorTests
{
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create();

    private static string Redact(string text, PrivacyPolicy policy, PrivacyVault? vault = null) =>
        new Redactor(policy).Redact(text, Scanner.Scan(text), vault ?? new PrivacyVault());

    [Fact]
    public void Placeholders_are_typed_and_numbered_and_one_value_keeps_its_placeholder()
    {
        var text = "From jane@example.com to joe@example.com; reply to JANE@example.com. Card 4111111111111111.";

        var redacted = Redact(text, PrivacyPolicy.Default);

        Assert.Equal("From [EMAIL_1] to [EMAIL_2]; reply to [EMAIL_1]. Card [CARD_1].", redacted);
    }

    [Fact]
    public void Masking_keeps_the_last_four_of_a_card_iban_or_phone()
    {
        var policy = new PrivacyPolicy { Redaction = RedactionMode.Mask };

        var redacted = Redact("card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, tel +1 202-555-0143, mail jane@example.com", policy);

        Assert.Equal("card **** **** **** 1111, IBAN **** **** **** **** **54 32, tel +* ***-***-0143, mail ****@*******.***", redacted);
    }

    [Fact]
    public void Removal_deletes_the_value()
    {
        var policy = new PrivacyPolicy { Redaction = RedactionMode.Remove };

        Assert.Equal("key= and ip  end", Redact("key=AKIA2OGYBAH6STMJ2J4Q and ip 203.0.113.9 end", policy));
    }

    [Fact]
    public void A_mode_can_be_set_per_type()
    {
        var policy = new PrivacyPolicy
        {
            Redaction = RedactionMode.Placeholder,
            RedactionByType = new Dictionary<string, RedactionMode> { [PrivacyTypes.Card] = RedactionMode.Mask },
        };

        Assert.Equal("[EMAIL_1] paid with ************1111", Redact("jane@example.com paid with 4111111111111111", policy));
    }

    [Fact]
    public void A_placeholder_the_author_wrote_is_not_reused()
    {
        Assert.Equal("[EMAIL_1] is literal, [EMAIL_2] was an address", Redact("[EMAIL_1] is literal, jane@example.com was an address", PrivacyPolicy.Default));
    }

    [Fact]
    public void A_scan_of_another_text_is_refused()
    {
        var scan = Scanner.Scan("mail jane@example.com");

        Assert.Throws<ArgumentException>(() => new Redactor(PrivacyPolicy.Default).Redact("mail joe@example.com!", scan));
    }

    [Theory]
    [InlineData(RedactionMode.Placeholder)]
    [InlineData(RedactionMode.Mask)]
    [InlineData(RedactionMode.Remove)]
    public void Scanning_a_redacted_text_again_finds_nothing(RedactionMode mode)
    {
        var text = "jane@example.com, +44 20 7946 0958, 4111-1111-1111-1111, DE89 3704 0044 0532 0130 00, 2001:db8::1, SSN 078-05-1120, "
            + "AKIA2OGYBAH6STMJ2J4Q, password: xK9#mQ2$vL7@pR4!";

        var redacted = Redact(text, new PrivacyPolicy { Redaction = mode });

        Assert.Empty(Scanner.Scan(redacted).Findings);
    }

    [Fact]
    public void Placeholders_leave_in_the_form_the_policy_redacts_their_values_in()
    {
        var text = "Mail jane@example.com, card 4111 1111 1111 1111, ip 203.0.113.9.";
        var vault = new PrivacyVault();
        var redacted = Redact(text, PrivacyPolicy.Default, vault);
        var policy = new PrivacyPolicy
        {
            Redaction = RedactionMode.Mask,
            RedactionByType = new Dictionary<string, RedactionMode> { [PrivacyTypes.Email] = RedactionMode.Placeholder, [PrivacyTypes.Ip] = RedactionMode.Remove },
        };

        var leaving = new Redactor(policy).RedactPlaceholders(redacted + " [EMAIL_7]", vault);

        Assert.Equal("Mail [EMAIL_1], card **** **** **** 1111, ip . [EMAIL_7]", leaving);
    }
}
