namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
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

    [Fact]
    public void A_vault_rebuilt_from_its_entries_restores_the_same_values_and_numbers_new_ones_after_them()
    {
        var first = new PrivacyVault();
        var prompt = "Mail jane@example.com or joe@example.com, card 4111 1111 1111 1111.";
        Redactor.Redact(prompt, Scanner.Scan(prompt), first);

        var rebuilt = PrivacyVault.Create(first.Entries);
        var answer = "Write to ann@example.com and JANE@example.com.";

        Assert.Equal(["[EMAIL_1]", "[EMAIL_2]", "[CARD_1]"], rebuilt.Entries.Select(e => e.Placeholder));
        Assert.Equal("Write to [EMAIL_3] and [EMAIL_1].", Redactor.Redact(answer, Scanner.Scan(answer), rebuilt));
        Assert.Equal(first.Restore("[EMAIL_2] [CARD_1]"), rebuilt.Restore("[EMAIL_2] [CARD_1]"));
    }

    [Fact]
    public void An_entry_that_is_no_placeholder_of_its_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PrivacyVault.Create([new PrivacyVaultEntry("[CARD_1]", PrivacyTypes.Email, "a@b.io", "a@b.io")]));
        Assert.Throws<ArgumentException>(() => PrivacyVault.Create([new PrivacyVaultEntry("[EMAIL_x]", PrivacyTypes.Email, "a@b.io", "a@b.io")]));
    }

    [Fact]
    public void An_entry_prints_its_placeholder_and_type_but_no_value()
    {
        var entry = new PrivacyVaultEntry("[EMAIL_1]", PrivacyTypes.Email, "jane@example.com", "Jane@example.com");

        Assert.Equal("[EMAIL_1] (email)", entry.ToString());
    }

    [Fact]
    public void Holds_tells_whether_a_value_in_any_spelling_already_has_a_placeholder()
    {
        var vault = new PrivacyVault();
        Redactor.Redact("jane@example.com", Scanner.Scan("jane@example.com"), vault);

        var findings = Scanner.Scan("JANE@example.com and joe@example.com").Findings;

        Assert.Equal([true, false], findings.Select(vault.Holds));
    }
}
