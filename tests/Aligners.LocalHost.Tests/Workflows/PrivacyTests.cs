namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>The privacy criterion and the privacy modes on the real engine, the upstream LLM being the loopback chat-completions server.</summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class PrivacyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";

    private ChatCompletionsServer _llm = null!;

    public async Task InitializeAsync() => _llm = await ChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private static async Task<(string Id, AlignmentOutput Output, List<AuditEntry> Entries, string Record)> RunAsync(EngineHarness engine, object request)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(JsonSerializer.Serialize(request), default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;
        var lines = (await engine.Audit.ReadLinesAsync(id, default))!;
        Assert.True(engine.Audit.Verify(lines).Valid);
        return (id, output, [.. lines.Select(HashChain.Parse)], string.Join('\n', lines));
    }

    [Fact]
    public async Task PrivacyCriterion_RedactsTheAnswersValues_FirstOfTheSquad_AndTheGateAcceptsTheRedaction()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var (_, output, entries, _) = await RunAsync(engine, new
        {
            prompt = "Which card and address do you have on file for me?",
            response = $"We have card {Card} and the address {Email} on file.",
            criteria = new[] { "ethical", "privacy" },
        });

        Assert.Equal("We have card [CARD_1] and the address [EMAIL_1] on file.", output.Aligned);
        Assert.Equal(["privacy"], output.Applied);
        Assert.Equal("privacy", output.Steps[0].Criterion);
        Assert.True(output.Scores["privacy"].Before < 0.5);
        Assert.Equal(1.0, output.Scores["privacy"].After);
        Assert.Equal(["card", "email"], output.Privacy!.Answer.Select(m => m.Type));
        Assert.All(output.Privacy.Answer, m => Assert.Matches("^[0-9a-f]{64}$", m.Fingerprint));
        var inspected = entries.Single(e => e.Id == "inspect:0:privacy");
        Assert.Equal(2, inspected.Data["privacy"]!.AsArray().Count);
        Assert.DoesNotContain(Email, inspected.Data.ToJsonString());
        Assert.Equal(output.Aligned, entries.Single(e => e.Id == "align:1:privacy").Data["text"]!.GetValue<string>());
        Assert.DoesNotContain(entries, e => e.Type == AuditTypes.TopicCompared);
    }

    [Fact]
    public async Task PrivacyCriterion_RedactsPerType_AndLeavesThePolicysAllowedAddress()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            ["Alignment:Policies:default:Privacy:Redaction"] = "mask",
            ["Alignment:Policies:default:Privacy:RedactionByType:email"] = "placeholder",
            ["Alignment:Policies:default:Privacy:Allow:0"] = "support@example.com",
        });

        var (_, output, _, _) = await RunAsync(engine, new
        {
            prompt = "How do I pay?",
            response = $"Pay with card {Card}, send the receipt to {Email}, and ask support@example.com if it fails.",
            criteria = new[] { "privacy" },
        });

        Assert.Equal("Pay with card **** **** **** 1111, send the receipt to [EMAIL_1], and ask support@example.com if it fails.", output.Aligned);
    }

    [Theory]
    [InlineData(PrivacyModes.Upstream)]
    [InlineData(PrivacyModes.Both)]
    public async Task RedactingMode_TheUpstreamSeesPlaceholders_TheCallerGetsTheAnswerAsTheModeSays_TheRecordHoldsNoValue(string mode)
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new(_llm.SettingsFor("Llm"))
        {
            ["Alignment:Policies:default:Privacy:Mode"] = mode,
            ["Alignment:Policies:default:Privacy:RedactionByType:card"] = "mask",
        });
        _llm.Enqueue(new ScriptedReply(200, "Done: [EMAIL_1] is your billing e-mail now and card [CARD_1] is on file. Questions? Ask bob@corp.example.org."));

        var (_, output, entries, record) = await RunAsync(engine, new
        {
            prompt = $"Set my billing e-mail to {Email} and use card {Card}.",
            criteria = new[] { "privacy" },
        });

        var sent = _llm.Requests.Last().ToJsonString();
        Assert.Contains("[EMAIL_1]", sent);
        Assert.Contains("[CARD_1]", sent);
        Assert.DoesNotContain(Email, sent);
        Assert.DoesNotContain(Card, sent);
        Assert.DoesNotContain(Card.Replace(" ", ""), sent);
        Assert.Equal(mode == PrivacyModes.Upstream
            ? $"Done: {Email} is your billing e-mail now and card {Card} is on file. Questions? Ask [EMAIL_2]."
            : "Done: [EMAIL_1] is your billing e-mail now and card **** **** **** 1111 is on file. Questions? Ask [EMAIL_2].", output.Aligned);
        Assert.Equal($"Set my billing e-mail to {Email} and use card {Card}.", output.Prompt);
        Assert.Equal(["privacy"], output.Applied);
        Assert.Equal(mode == PrivacyModes.Upstream ? 2 : 0, output.Privacy!.Restored);
        Assert.Equal(["email", "card"], output.Privacy.Request.Select(m => m.Type));
        Assert.DoesNotContain(Email, record);
        // The whole card, not its first group, which a timestamp's fraction in the record can hold.
        Assert.DoesNotContain(Card, record);
        Assert.DoesNotContain(Card.Replace(" ", ""), record);
        Assert.Contains(entries, e => e.Type == AuditTypes.Released);
        Assert.Equal("Set my billing e-mail to [EMAIL_1] and use card [CARD_1].",
            entries[0].Data["request"]!["prompt"]!.GetValue<string>());
    }

    [Fact]
    public async Task DetectMode_ReportsWhatItFinds_AndChangesNothing()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new(_llm.SettingsFor("Llm")) { ["Alignment:Policies:default:Privacy:Mode"] = "detect" });
        _llm.Enqueue(new ScriptedReply(200, $"I have noted {Email}."));

        var (_, output, _, _) = await RunAsync(engine, new { prompt = $"My e-mail is {Email}.", criteria = new[] { "ethical" } });

        Assert.Contains(Email, _llm.Requests.Last().ToJsonString());
        Assert.Equal($"I have noted {Email}.", output.Aligned);
        Assert.False(output.Changed);
        Assert.Equal(("email", "prompt"), (output.Privacy!.Request.Single().Type, output.Privacy.Request[0].Where!));
        Assert.Equal(("email", "aligned"), (output.Privacy.Released.Single().Type, output.Privacy.Released[0].Where!));
    }

    [Theory]
    [InlineData("Alignment:Policies:default:AlignerBackends:privacy", "llm", "built in")]
    [InlineData("Alignment:Policies:default:Privacy:Mode", "sideways", "Privacy:Mode must be off, detect, upstream or both")]
    [InlineData("Alignment:Policies:default:Privacy:RedactionByType:passport", "mask", "RedactionByType:passport names no type")]
    [InlineData("Privacy:FingerprintKey", "c2hvcnQ=", "at least 32 bytes")]
    public async Task MisconfiguredPrivacy_FailsAtStartup_NamingTheSetting(string key, string value, string message)
    {
        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var engine = await EngineHarness.StartAsync(azurite, new() { [key] = value });
        });

        Assert.Contains(message, e.Message);
    }
}
