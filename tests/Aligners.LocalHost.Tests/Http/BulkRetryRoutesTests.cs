namespace Aligners.LocalHost.Tests.Http;

/// <summary>
/// <c>POST /api/bulk/{id}/retry</c> through the local host over a real socket: a line whose
/// upstream LLM (the loopback chat-completions server) answers 500 after every retry fails, and
/// one call reruns just that line once the LLM is back.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BulkRetryRoutesTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private ChatCompletionsServer _llm = null!;
    private LocalHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _llm = await ChatCompletionsServer.StartAsync();
        var settings = HostSettings.Fresh(_azurite);
        foreach (var (k, v) in _llm.SettingsFor("Llm"))
        {
            settings[k] = v;
        }
        // The first reply is held back 1.5 s to keep the job running; the default 2 s test timeout leaves
        // too little margin on a loaded machine, where a timed-out call is one request fewer than the test counts.
        settings["Llm:TimeoutSeconds"] = "15";
        settings["Retries:Llm:MaxAttempts"] = "2";
        settings["Retries:Llm:FirstRetryMilliseconds"] = "100";
        settings["Retries:Llm:MaxRetryMilliseconds"] = "200";
        _host = await LocalHostProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _llm.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private static async Task<JsonElement> WaitDoneAsync(HttpClient client, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"api/bulk/{jobId}");
            if (status.GetProperty("status").GetString() == "Completed")
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, status.ToString());
            await Task.Delay(250);
        }
    }

    private static async Task<List<JsonElement>> ResultsAsync(HttpClient client, string jobId) =>
        [.. (await client.GetStringAsync($"api/bulk/{jobId}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task Retry_RerunsJustTheFailedLinesWithTheirIds_InOneCall_409WhileRunning_400WithNothingToRetry_404Unknown()
    {
        var client = _host.Client();
        // The one line that asks the LLM for its answer meets 500s on every attempt (2 by the engine, each retried once by the SDK).
        _llm.Enqueue(new ScriptedReply(500, DelayMs: 1500), new ScriptedReply(500), new ScriptedReply(500), new ScriptedReply(500));
        var jsonl = string.Join('\n',
            JsonSerializer.Serialize(new { id = "row-a", prompt = "What is 7 times 8?", response = "7 times 8 is 56." }),
            JsonSerializer.Serialize(new { id = "row-b", prompt = "How do I boil an egg?" }),
            JsonSerializer.Serialize(new { id = "row-c", prompt = "What is 12 plus 30?", response = "42." }));
        var start = await client.PostAsync("api/bulk", new StringContent(jsonl, Encoding.UTF8, "application/x-ndjson"));
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        await HttpAssert.AssertProblemAsync(await client.PostAsync($"api/bulk/{jobId}/retry", null), HttpStatusCode.Conflict, "id");
        var status = await WaitDoneAsync(client, jobId);
        Assert.Equal((2, 1), (status.GetProperty("completed").GetInt32(), status.GetProperty("failed").GetInt32()));
        var failed = (await ResultsAsync(client, jobId))[1];
        Assert.Equal(("row-b", "Failed"), (failed.GetProperty("id").GetString(), failed.GetProperty("status").GetString()));
        Assert.Contains("500", failed.GetProperty("error").GetString());
        Assert.Equal(4, _llm.Requests.Count);

        // The LLM is back (the script is used up): one call reruns the failed line.
        var retry = await client.PostAsync($"api/bulk/{jobId}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var body = await retry.Content.ReadFromJsonAsync<JsonElement>();
        var retryId = body.GetProperty("jobId").GetString()!;
        Assert.NotEqual(jobId, retryId);
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        Assert.Equal(jobId, body.GetProperty("retryOf").GetString());
        Assert.EndsWith($"/api/bulk/{retryId}", retry.Headers.Location!.ToString());
        var again = await client.PostAsync($"api/bulk/{jobId}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(retryId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString());
        var rerun = await WaitDoneAsync(client, retryId);
        Assert.Equal((1, 0), (rerun.GetProperty("completed").GetInt32(), rerun.GetProperty("failed").GetInt32()));
        var line = Assert.Single(await ResultsAsync(client, retryId));
        Assert.Equal(("row-b", "Completed"), (line.GetProperty("id").GetString(), line.GetProperty("status").GetString()));
        Assert.Equal("How do I boil an egg?", line.GetProperty("prompt").GetString());
        Assert.StartsWith("Here is an answer to:", line.GetProperty("response").GetString());

        await HttpAssert.AssertProblemAsync(await client.PostAsync($"api/bulk/{retryId}/retry", null), HttpStatusCode.BadRequest, "id");
        await HttpAssert.AssertProblemAsync(await client.PostAsync("api/bulk/0123456789abcdef0123456789abcdef/retry", null), HttpStatusCode.NotFound, "id");
    }
}
