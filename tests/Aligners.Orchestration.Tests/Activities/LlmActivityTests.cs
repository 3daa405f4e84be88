using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Runtime;
using Aligners.Testing;

namespace Aligners.Orchestration.Tests.Activities;

[Collection(AzuriteCollection.Name)]
public class LlmActivityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ChatCompletionsServer _llm = null!;

    public async Task InitializeAsync() => _llm = await ChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private Dictionary<string, string?> AzureOpenAi()
    {
        var s = OrchestrationHarness.NewSettings(azurite);
        s["Llm:Provider"] = "azure-openai";
        s["Llm:Endpoint"] = _llm.BaseAddress.ToString();
        s["Llm:Deployment"] = "gpt-4o-mini";
        s["Llm:ApiKey"] = "test-key";
        return s;
    }

    private Dictionary<string, string?> OpenAiCompatible()
    {
        var s = OrchestrationHarness.NewSettings(azurite);
        s["Llm:Provider"] = "openai-compatible";
        s["Llm:Endpoint"] = new Uri(_llm.BaseAddress, "v1").ToString();
        s["Llm:Deployment"] = "local-model";
        s["Llm:ApiKey"] = "test-key";
        return s;
    }

    private static IEnumerable<JournalEvent> Events(IReadOnlyList<string> lines) => lines.Select(HashChain.Parse);

    [Fact]
    public async Task Llm_AzureOpenAi_AnswerIsAlignedAndModelUsageLatencyJournaled()
    {
        _llm.Enqueue(new ScriptedReply(200, "The capital of France is Paris."));
        await using var h = await OrchestrationHarness.StartAsync(AzureOpenAi());

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = "What is the capital of France?" }, null, default)).InstanceId;
        var state = await h.Runner.AdvanceAsync(id, default);

        Assert.Equal("The capital of France is Paris.", state.Output!.Response);
        var llm = Events((await h.Client.ReadJournalAsync(id, default))!).Single(e => e.Type == EventTypes.ActivityCompleted && e.Data["name"]!.GetValue<string>() == "llm");
        var output = llm.Data["output"]!;
        Assert.Equal("gpt-4o-mini", output["model"]!.GetValue<string>());
        Assert.True(output["inputTokens"]!.GetValue<int>() > 0 && output["outputTokens"]!.GetValue<int>() > 0);
        Assert.True(output["latencyMs"]!.GetValue<double>() > 0);
        Assert.Equal("What is the capital of France?", _llm.Requests.Single()["messages"]![0]!["content"]!.ToString());
    }

    [Fact]
    public async Task Llm_429ThenSuccess_RetriesHonouringRetryAfter()
    {
        _llm.Enqueue(new ScriptedReply(429, RetryAfter: "1"), new ScriptedReply(200, "Paris is the capital of France."));
        await using var h = await OrchestrationHarness.StartAsync(AzureOpenAi());

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = "Capital of France?" }, null, default)).InstanceId;
        var started = DateTime.UtcNow;
        var state = await h.Runner.AdvanceAsync(id, default);

        Assert.NotNull(state.Output);
        Assert.Equal(2, state.Completed["llm"].Attempts);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the retry should wait for Retry-After");
        Assert.Equal(2, _llm.Requests.Count);
    }

    [Fact]
    public async Task Llm_PermanentError_FailsTheInstanceWithTheReasonJournaled()
    {
        _llm.Enqueue(new ScriptedReply(401, Error: "invalid api key"));
        await using var h = await OrchestrationHarness.StartAsync(OpenAiCompatible());

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = "Capital of France?" }, null, default)).InstanceId;
        var state = await h.Runner.AdvanceAsync(id, default);

        Assert.Null(state.Output);
        Assert.Contains("401", state.Error);
        var failed = Events((await h.Client.ReadJournalAsync(id, default))!).Single(e => e.Type == EventTypes.ActivityFailed);
        Assert.Contains("401", failed.Data["error"]!.GetValue<string>());
        Assert.Single(_llm.Requests);
        Assert.Equal(RuntimeStatus.Failed, (await h.Client.GetStatusAsync(id, default))!.RuntimeStatus);
    }

    [Fact]
    public async Task Worker_TransientFailuresPastMaxDequeue_PoisonsTheMessageAndFailsTheInstance()
    {
        for (var i = 0; i < 20; i++)
        {
            _llm.Enqueue(new ScriptedReply(503, Error: "overloaded"));
        }
        var settings = OpenAiCompatible();
        settings["Orchestration:MaxDequeueCount"] = "2";
        settings["Orchestration:ActivityMaxRetries"] = "0";
        settings["Orchestration:VisibilityTimeoutSeconds"] = "5";
        settings["Orchestration:ListenToQueues"] = "true";
        await using var h = await OrchestrationHarness.StartAsync(settings);

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = "Capital of France?" }, null, default)).InstanceId;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await h.Client.GetStatusAsync(id, default))!.RuntimeStatus != RuntimeStatus.Failed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the instance was not failed");
            await Task.Delay(100);
        }

        var status = (await h.Client.GetStatusAsync(id, default))!;
        Assert.Contains("gave up after 2 attempts", status.Error);
        Assert.Contains("503", status.Error);
        // The failure is journaled before the message moves, so the poison queue may lag the status.
        var poisoned = (await h.Queue.Poison.PeekMessagesAsync(10)).Value;
        while (poisoned.Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the message did not reach the poison queue");
            await Task.Delay(100);
            poisoned = (await h.Queue.Poison.PeekMessagesAsync(10)).Value;
        }
        Assert.Equal(id, WorkQueue.Parse(Assert.Single(poisoned).MessageText)!.InstanceId);
        while ((await h.Index.GetAsync(id, default))?.Status != RuntimeStatus.Failed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the summary row did not turn Failed");
            await Task.Delay(100);
        }
    }
}
