using System.Security.Cryptography;
using System.Text.Json;
using Aligners.Inference.Privacy;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Tests.Privacy;

[Trait("Category", "Unit")]
public class PrivacyGuardTests
{
    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";
    private const string Prompt = $"Please update my billing e-mail to {Email} and charge card {Card}.";

    private static readonly PrivacyGuard Guard = new(Options.Create(new PrivacyOptions { FingerprintKey = HostSettings.FingerprintKey }));

    private static PrivacySettings Mode(string mode) => new() { Mode = mode };

    [Fact]
    public void Protect_Upstream_PutsThePromptsValuesBehindPlaceholders_AndKeepsThemInTheVault()
    {
        var result = Guard.Protect(new ProtectCall(Prompt, null, null, Mode(PrivacyModes.Upstream)));

        Assert.Equal("Please update my billing e-mail to [EMAIL_1] and charge card [CARD_1].", result.Prompt);
        Assert.Equal([("email", "prompt"), ("card", "prompt")], result.Findings.Select(f => (f.Type, f.Where!)));
        Assert.Equal([Email, Card], result.Vault.Select(e => e.Value));
    }

    [Fact]
    public void Protect_Conversation_ProtectsEveryMessage_AndThePromptIsTheLastOne()
    {
        var chat = new ChatRequest { Messages = [new ChatTurn("system", "Support desk of support@example.com."), new ChatTurn("user", Prompt)] };

        var result = Guard.Protect(new ProtectCall(Prompt, chat, null, Mode(PrivacyModes.Both) with { Allow = ["support@example.com"] }));

        Assert.Equal("Support desk of support@example.com.", result.Chat!.Messages[0].Content);
        Assert.Equal(result.Chat.Messages[1].Content, result.Prompt);
        Assert.DoesNotContain(Email, result.Prompt);
        Assert.All(result.Findings, f => Assert.Equal("messages[1]", f.Where));
    }

    [Fact]
    public void Protect_Detect_ReportsTheFindings_AndChangesNothing()
    {
        var result = Guard.Protect(new ProtectCall(Prompt, null, null, Mode(PrivacyModes.Detect)));

        Assert.Equal(Prompt, result.Prompt);
        Assert.Equal(2, result.Findings.Count);
        Assert.Empty(result.Vault);
    }

    [Fact]
    public void Protect_GivenResponse_TakesThePromptsPlaceholdersForTheCallersValues_AndLeavesOthersToBeFound()
    {
        var result = Guard.Protect(new ProtectCall(Prompt, null, $"Done: {Email.ToUpperInvariant()} is saved; write to ops@corp.example.org if not.",
            Mode(PrivacyModes.Upstream)));

        Assert.Equal("Done: [EMAIL_1] is saved; write to ops@corp.example.org if not.", result.Response);
        Assert.Equal(2, result.Findings.Count(f => f.Where == "response"));
    }

    [Fact]
    public void Release_Upstream_GivesTheCallersValuesBack_AndRedactsAValueTheyDidNotGive()
    {
        var guarded = Guard.Protect(new ProtectCall(Prompt, null, null, Mode(PrivacyModes.Upstream)));
        var answer = "Your e-mail is now [EMAIL_1] and card [CARD_1] is on file; our agent bob@corp.example.org confirmed it.";

        var released = Guard.Release(new ReleaseCall(answer, answer, null, guarded.Vault, Mode(PrivacyModes.Upstream)));

        Assert.Equal($"Your e-mail is now {Email} and card {Card} is on file; our agent [EMAIL_2] confirmed it.", released.Aligned);
        Assert.Equal(released.Aligned, released.Response);
        Assert.Equal(2, released.Restored);
        Assert.Equal(("email", "aligned"), (Assert.Single(released.Findings).Type, released.Findings[0].Where!));
    }

    [Fact]
    public void Release_Both_LeavesTheValuesRedactedAsThePolicySays()
    {
        var settings = Mode(PrivacyModes.Both) with { RedactionByType = new Dictionary<string, string> { ["card"] = "mask" } };
        var guarded = Guard.Protect(new ProtectCall(Prompt, null, null, settings));

        var released = Guard.Release(new ReleaseCall("Saved [EMAIL_1]; card [CARD_1].", "x", null, guarded.Vault, settings));

        Assert.Equal("Saved [EMAIL_1]; card **** **** **** 1111.", released.Aligned);
        Assert.Equal(0, released.Restored);
        Assert.Empty(released.Findings);
    }

    [Fact]
    public void Redact_NumbersNewPlaceholdersAfterTheRequests_AndNeverLeavesAnEmptyAnswer()
    {
        var guarded = Guard.Protect(new ProtectCall($"Mail {Email} or ann@example.com.", null, null, Mode(PrivacyModes.Upstream)));

        Assert.Equal("Ask [EMAIL_3], not [EMAIL_1].", PrivacyGuard.Redact("Ask bob@corp.example.org, not [EMAIL_1].", Mode(PrivacyModes.Upstream), guarded.Vault));
        Assert.Equal("[EMAIL_1]", PrivacyGuard.Redact(Email, new PrivacySettings { Redaction = "remove" }, []));
        Assert.Equal("Write to .", PrivacyGuard.Redact($"Write to {Email}.", new PrivacySettings { Redaction = "remove" }, []));
    }

    [Fact]
    public void Inspect_ScoresBelowTheThresholdOnAFinding_AndAllowsThePolicysOwnAddress()
    {
        var settings = new PrivacySettings { Allow = ["support@example.com"] };

        var (flagged, found) = Guard.Inspect($"Write to {Email}.", settings);
        var (clean, none) = Guard.Inspect("Write to support@example.com.", settings);

        Assert.True(flagged < PrivacyCriterion.Threshold);
        Assert.Equal(("email", 9, Email.Length, "email"), (found[0].Type, found[0].Start, found[0].Length, found[0].Detector));
        Assert.Equal(1.0, clean);
        Assert.Empty(none);
    }

    [Fact]
    public void Marks_CarryTheKeyedFingerprint_NeverTheValue()
    {
        var (_, found) = Guard.Inspect($"Write to {Email} or {Email.ToUpperInvariant()}.", new PrivacySettings());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(HostSettings.FingerprintKey), Encoding.UTF8.GetBytes(Email)));

        Assert.All(found, f => Assert.Equal(expected, f.Fingerprint));
        Assert.DoesNotContain("jane", JsonSerializer.Serialize(found, WorkflowJson.Options), StringComparison.OrdinalIgnoreCase);
    }
}
