using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Tests.Workflows.Activities;

/// <summary>
/// The <c>llm</c> aligner backend against the loopback chat-completions server: its rewrite goes
/// through the same acceptance gate, and every failure of the LLM (timeout, throttling, server
/// errors, malformed or empty output) leaves the criterion unresolved with the reason, the answer
/// unchanged and the instance completed.
/// </summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class LlmAlignerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Prompt = "How do I cook rice?";
    private const string Unhelpful = "Just search it online.";
    // A rewrite the bundled helpful inspector passes (its own aligner's wording).
    private const string GoodRewrite = "Rinse 1 cup of rice, add it to a pot with 2 cups of water and a pinch of salt, bring it to a boil, then cover and simmer on low for 15 minutes. Let it rest 5 minutes and fluff it with a fork.";

    private ChatCompletionsServer _llm = null!;

    public async Task InitializeAsync() => _llm = await ChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private Task<EngineHarness> StartAsync(int timeoutSeconds = 30) => EngineHarness.StartAsync(azurite, new(_llm.SettingsFor("AlignerLlm", timeoutSeconds: timeoutSeconds))
    {
        ["Retries:Llm:MaxAttempts"] = "2",
        ["Retries:Llm:FirstRetryMilliseconds"] = "100",
        ["Retries:Llm:MaxRetryMilliseconds"] = "200",
        ["Alignment:Policies:default:AlignerBackends:helpful"] = "llm",
    });

    private static async Task<(string Id, AlignmentOutput Output, OrchestrationMetadata Metadata)> AlignAsync(EngineHarness engine)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(
            $$"""{"prompt": "{{Prompt}}", "response": "{{Unhelpful}}", "criteria": ["helpful"]}""", default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        var metadata = await engine.WaitAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        return (id, metadata.ReadOutputAs<AlignmentOutput>()!, metadata);
    }

    private static void AssertUnresolved(AlignmentOutput output, string check, string reason)
    {
        Assert.Equal(Unhelpful, output.Aligned);
        Assert.False(output.Changed);
        var unresolved = Assert.Single(output.Unresolved);
        Assert.Equal(("helpful", check), (unresolved.Criterion, unresolved.Check));
        Assert.Contains(reason, unresolved.Reason);
    }

    [Fact]
    public async Task GoodRewrite_PassesTheGate_AndIsAuditedAsTheLlmBackends()
    {
        _llm.Enqueue(new ScriptedReply(200, GoodRewrite));
        await using var engine = await StartAsync();

        var (id, output, _) = await AlignAsync(engine);

        Assert.Equal(GoodRewrite, output.Aligned);
        Assert.Equal(["helpful"], output.Applied);
        var rewritten = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).Single(e => e.Type == AuditTypes.Rewritten);
        Assert.Equal("llm", rewritten.Data["backend"]!.GetValue<string>());
        Assert.Equal("gpt-4o-mini", rewritten.Data["model"]!.GetValue<string>());
        var messages = _llm.Requests.Single()["messages"]!.AsArray();
        Assert.Contains("courteous", messages[0]!["content"]!.ToString());
        Assert.Contains(Unhelpful, messages[1]!["content"]!.ToString());
        Assert.Contains(Prompt, messages[1]!["content"]!.ToString());
    }

    [Fact]
    public async Task UnrelatedRewrite_IsRefusedByTheGate()
    {
        _llm.Enqueue(new ScriptedReply(200,
            "To remove a red wine stain from a carpet, blot it with a clean cloth, pour cold water on it and cover it with salt for an hour."));
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        Assert.Equal(Unhelpful, output.Aligned);
        Assert.Equal("helpful", Assert.Single(output.Unresolved).Criterion);
    }

    [Fact]
    public async Task ThrottledWithRetryAfter_WaitsAndThenRewrites()
    {
        _llm.Enqueue(new ScriptedReply(429, RetryAfter: "1"), new ScriptedReply(200, GoodRewrite));
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        Assert.Equal(GoodRewrite, output.Aligned);
        Assert.Equal(2, _llm.Requests.Count);
    }

    [Fact]
    public async Task Timeout_LeavesTheCriterionUnresolved()
    {
        _llm.Enqueue([.. Enumerable.Repeat(new ScriptedReply(200, GoodRewrite, DelayMs: 5000), 4)]);
        await using var engine = await StartAsync(timeoutSeconds: 2);

        var (_, output, _) = await AlignAsync(engine);

        AssertUnresolved(output, "aligner", "the LLM aligner failed");
    }

    [Fact]
    public async Task ServerErrors_AfterRetries_LeaveTheCriterionUnresolved()
    {
        _llm.Enqueue([.. Enumerable.Repeat(new ScriptedReply(500), 10)]);
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        AssertUnresolved(output, "aligner", "500");
        // 2 attempts by the engine, each with 1 retry by the SDK.
        Assert.Equal(4, _llm.Requests.Count);
    }

    [Fact]
    public async Task PersistentThrottling_LeavesTheCriterionUnresolved()
    {
        _llm.Enqueue([.. Enumerable.Repeat(new ScriptedReply(429, RetryAfter: "0"), 10)]);
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        AssertUnresolved(output, "aligner", "429");
    }

    [Fact]
    public async Task MalformedCompletion_LeavesTheCriterionUnresolved()
    {
        _llm.Enqueue(new ScriptedReply(200, RawBody: """{"choices": [{"message": """));
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        AssertUnresolved(output, "aligner", "the LLM aligner failed");
    }

    [Fact]
    public async Task EmptyOutput_LeavesTheCriterionUnresolved()
    {
        _llm.Enqueue(new ScriptedReply(200, "  "));
        await using var engine = await StartAsync();

        var (_, output, _) = await AlignAsync(engine);

        AssertUnresolved(output, "well-formed", "returned nothing");
    }

    [Fact]
    public async Task PolicyNamingTheLlmBackend_WithoutAnAlignerLlm_FailsAtStartup()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:AlignerBackends:helpful"] = "llm" });
        });

        Assert.Contains("AlignerBackends:helpful is llm but AlignerLlm:Provider is none", e.Message);
    }
}
