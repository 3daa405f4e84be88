using Aligners.Orchestration.Activities;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Tests.Workflows.Activities;

/// <summary>
/// The <c>llm</c> inspector backend against the loopback chat-completions server: the judge's
/// verdict is the score, and where the judge fails (timeout, throttling, server errors, malformed
/// verdicts) the model's score stands with the judge's error recorded; the instance completes.
/// </summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class LlmJudgeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Prompt = "How do I cook rice?";
    private const string Answer = "Just search it online.";

    private ChatCompletionsServer _llm = null!;

    public async Task InitializeAsync()
    {
        _llm = await ChatCompletionsServer.StartAsync();
        // After the script: a judge that passes everything, so later rounds are predictable.
        _llm.DefaultAnswer = _ => """{"score": 0.9, "reason": "fine"}""";
    }

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private Task<EngineHarness> StartAsync(int timeoutSeconds = 30) => EngineHarness.StartAsync(azurite, new(_llm.SettingsFor("InspectorLlm", timeoutSeconds: timeoutSeconds))
    {
        ["Alignment:Policies:default:InspectorBackends:helpful"] = "llm",
    });

    private static async Task<(AlignmentOutput Output, InspectorScore First)> InspectAsync(EngineHarness engine)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(
            $$"""{"prompt": "{{Prompt}}", "response": "{{Answer}}", "criteria": ["helpful"]}""", default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        var metadata = await engine.WaitAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var entry = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).Single(e => e.Id == "inspect:0:helpful");
        return (metadata.ReadOutputAs<AlignmentOutput>()!, entry.Data.Deserialize<InspectorScore>(WorkflowJson.Options)!);
    }

    [Fact]
    public async Task Verdict_IsTheScore_WithTheModelsScoreAndTheReasonRecorded()
    {
        _llm.Enqueue(new ScriptedReply(200, "```json\n{\"score\": 0.87, \"reason\": \"It answers, if tersely.\"}\n```"));
        await using var engine = await StartAsync();

        var (output, first) = await InspectAsync(engine);

        Assert.Equal(0.87, output.Scores["helpful"].Before);
        Assert.Equal(0.87, first.Score);
        Assert.Equal("It answers, if tersely.", first.JudgeReason);
        Assert.NotNull(first.ModelScore);
        Assert.NotEqual(0.87, first.ModelScore);
        Assert.False(output.Changed);
        var messages = _llm.Requests.First()["messages"]!.AsArray();
        Assert.Contains("courteous", messages[0]!["content"]!.ToString());
        Assert.Contains(Answer, messages[1]!["content"]!.ToString());
    }

    [Fact]
    public async Task ThrottledWithRetryAfter_WaitsAndUsesTheVerdict()
    {
        _llm.Enqueue(new ScriptedReply(429, RetryAfter: "1"), new ScriptedReply(200, """{"score": 0.77}"""));
        await using var engine = await StartAsync();

        var (_, first) = await InspectAsync(engine);

        Assert.Equal(0.77, first.Score);
        Assert.Null(first.JudgeError);
    }

    public static TheoryData<ScriptedReply[], string> Failures => new()
    {
        { [new ScriptedReply(500), new ScriptedReply(500)], "500" },
        { [new ScriptedReply(429, RetryAfter: "0"), new ScriptedReply(429, RetryAfter: "0")], "429" },
        { [new ScriptedReply(200, "Looks helpful to me.")], "not a JSON object" },
        { [new ScriptedReply(200, """{"score": 7}""")], "from 0 to 1" },
        { [new ScriptedReply(200, RawBody: """{"choices": [{"message": """)], "" },
        { [new ScriptedReply(200, """{"score": 0.9}""", DelayMs: 5000), new ScriptedReply(200, """{"score": 0.9}""", DelayMs: 5000)], "" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FailedJudge_LeavesTheModelsScore_AndRecordsTheError(ScriptedReply[] replies, string error)
    {
        _llm.Enqueue(replies);
        // Only the slow replies are a test of the timeout: every other failure must be met before it.
        await using var engine = await StartAsync(replies.Any(r => r.DelayMs > 0) ? 2 : 30);

        var (output, first) = await InspectAsync(engine);

        Assert.NotNull(first.JudgeError);
        Assert.Contains(error, first.JudgeError);
        Assert.Equal(first.ModelScore, first.Score);
        Assert.Equal(first.ModelScore, output.Scores["helpful"].Before);
    }

    [Fact]
    public async Task PolicyNamingTheLlmInspector_WithoutAJudge_FailsAtStartup()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:InspectorBackends:helpful"] = "llm" });
        });

        Assert.Contains("InspectorBackends:helpful is llm but InspectorLlm:Provider is none", e.Message);
    }

    [Fact]
    public async Task UnknownInspectorBackend_FailsAtStartup()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:InspectorBackends:helpful"] = "oracle" });
        });

        Assert.Contains("InspectorBackends:helpful is 'oracle'; it must be model, facts or llm", e.Message);
    }

    [Theory]
    [InlineData("""{"score": 0.25, "reason": "vague"}""", 0.25, "vague")]
    [InlineData("Verdict: {\"score\": \"0.6\"}", 0.6, null)]
    [InlineData("```json\n{\"score\": 1}\n```", 1.0, null)]
    public void Parse_ReadsTheVerdictObject(string text, double score, string? reason)
    {
        Assert.Equal((score, reason), LlmJudge.Parse(text));
    }

    [Theory]
    [InlineData("0.8")]
    [InlineData("""{"verdict": "good"}""")]
    [InlineData("""{"score": -0.1}""")]
    [InlineData("""{"score": }""")]
    public void Parse_RefusesAnythingButAScoreFromZeroToOne(string text)
    {
        Assert.Throws<PermanentActivityException>(() => LlmJudge.Parse(text));
    }
}
