using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

public class PrivacyVaultTests
{
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create();
    private static readonly Redactor Redactor = new(PrivacyPolicy.Default);

    [Fact]
    public void Restoring_a_redacted_text_gives_back_the_original()
    {
        var text = "Jane <jane@example.com> called from +1 202-555-0143 about card 4111 1111 1111 1111.";
        var vault = new PrivacyVault();

        var redacted = Redactor.Redact(text, Scanner.Scan(text), vault);

        Assert.Equal(3, vault.Count);
        Assert.Equal(text, vault.Restore(redacted));
    }

    [Fact]
    public void Placeholders_moved_by_a_rewrite_are_restored_where_they_now_stand()
    {
        var text = "Send it to jane@example.com.";
        var vault = new PrivacyVault();
        Redactor.Redact(text, Scanner.Scan(text), vault);

        Assert.Equal("Sure: I will write to jane@example.com ([EMAIL_9] is unknown).", vault.Restore("Sure: I will write to [EMAIL_1] ([EMAIL_9] is unknown)."));
    }

    [Fact]
    public void One_vault_keeps_a_values_placeholder_across_texts()
    {
        var vault = new PrivacyVault();
        var prompt = "Is jane@example.com the right address?";
        var answer = "Yes, jane@example.com is right; joe@example.com is not.";

        Assert.Equal("Is [EMAIL_1] the right address?", Redactor.Redact(prompt, Scanner.Scan(prompt), vault));
        Assert.Equal("Yes, [EMAIL_1] is right; [EMAIL_2] is not.", Redactor.Redact(answer, Scanner.Scan(answer), vault));
    }

    [Fact]
    public void The_vault_prints_no_value()
    {
        var vault = new PrivacyVault();
        Redactor.Redact("jane@example.com", Scanner.Scan("jane@example.com"), vault);

        Assert.DoesNotContain("jane", vault.ToString());
        Assert.True(vault.TryGetValue("[EMAIL_1]", out var value));
        Assert.Equal("jane@example.com", value);
    }

    [Fact]
    public void Unbalanced_brackets_are_left_as_they_are()
    {
        var vault = new PrivacyVault();
        Redactor.Redact("jane@example.com", Scanner.Scan("jane@example.com"), vault);

        Assert.Equal("[[EMAIL_1] [x [ ] ]", vault.Restore("[[EMAIL_1] [x [ ] ]").Replace("jane@example.com", "[EMAIL_1]"));
    }
}
