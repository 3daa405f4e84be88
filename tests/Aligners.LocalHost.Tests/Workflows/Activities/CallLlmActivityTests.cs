namespace Aligners.LocalHost.Tests.Workflows.Activities;

/// <summary>
/// The upstream LLM call against the loopback chat-completions server (Azure OpenAI's wire
/// protocol over real HTTP): the answer is aligned and audited; throttling is retried honouring
/// Retry-After; client errors fail at once; server errors are retried by the engine, then fail.
/// </summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class CallLlmActivityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ChatCompletionsServer _llm = null!;

    public async Task InitializeAsync() => _llm = await ChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private Task<EngineHarness> StartAsync(string provider = "azure-openai") => EngineHarness.StartAsync(azurite, new()
    {
        ["Llm:Provider"] = provider,
        ["Llm:Endpoint"] = provider == "azure-openai" ? _llm.BaseAddress.ToString() : new Uri(_llm.BaseAddress, "v1").ToString(),
        ["Llm:Deployment"] = "gpt-4o-mini",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:MaxRetries"] = "1",
        ["Retries:Llm:MaxAttempts"] = "3",
        ["Retries:Llm:FirstRetryMilliseconds"] = "100",
        ["Retries:Llm:MaxRetryMilliseconds"] = "200",
    });

    private static async Task<(string Id, OrchestrationMetadata Metadata)> AlignAsync(EngineHarness engine, string prompt)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync($$"""{"prompt": "{{prompt}}"}""", default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        return (id, await engine.WaitAsync(id));
    }

    [Fact]
    public async Task AzureOpenAi_AnswerIsAligned_ModelAndUsageAudited()
    {
        _llm.Enqueue(new ScriptedReply(200, "The capital of France is Paris."));
        await using var engine = await StartAsync();

        var (id, metadata) = await AlignAsync(engine, "What is the capital of France?");

        Assert.Equal("The capital of France is Paris.", metadata.ReadOutputAs<AlignmentOutput>()!.Response);
        var answered = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).Single(e => e.Type == AuditTypes.Answered);
        Assert.Equal("gpt-4o-mini", answered.Data["model"]!.GetValue<string>());
        Assert.True(answered.Data["inputTokens"]!.GetValue<long>() > 0);
        Assert.Equal("What is the capital of France?", _llm.Requests.Single()["messages"]![0]!["content"]!.ToString());
    }

    [Fact]
    public async Task OpenAiCompatible_ThrottledWithRetryAfter_WaitsAndSucceeds()
    {
        _llm.Enqueue(new ScriptedReply(429, RetryAfter: "1"), new ScriptedReply(200, "Paris is the capital of France."));
        await using var engine = await StartAsync("openai-compatible");

        var (_, metadata) = await AlignAsync(engine, "What is the capital of France?");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        Assert.Equal(2, _llm.Requests.Count);
    }

    [Fact]
    public async Task ClientError_FailsAtOnce_WithoutRetries()
    {
        _llm.Enqueue(new ScriptedReply(400, Error: "the model refuses this request"));
        await using var engine = await StartAsync();

        var (id, metadata) = await AlignAsync(engine, "Anything?");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Single(_llm.Requests);
        Assert.Contains("400", metadata.ErrorOf());
        Assert.Equal(AuditTypes.Failed, (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).Last().Type);
    }

    [Fact]
    public async Task ServerErrors_RetriedByTheSdkAndTheEngine_ThenFail()
    {
        _llm.Enqueue([.. Enumerable.Repeat(new ScriptedReply(500), 20)]);
        await using var engine = await StartAsync();

        var (_, metadata) = await AlignAsync(engine, "Anything?");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        // 3 attempts by the engine, each with 1 retry by the SDK.
        Assert.Equal(6, _llm.Requests.Count);
        Assert.Contains("500", metadata.ErrorOf());
    }

    [Fact]
    public async Task EmptyAnswer_FailsPermanently()
    {
        _llm.Enqueue(new ScriptedReply(200, "   "));
        await using var engine = await StartAsync();

        var (_, metadata) = await AlignAsync(engine, "Anything?");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Contains("empty answer", metadata.ErrorOf());
        Assert.Single(_llm.Requests);
    }
}
