using System.Net;
using System.Net.Http.Json;

namespace Aligners.Inference.Tests.Server;

[Trait("Category", "Integration")]
public class InferenceServerTests(InferenceServerFixture fixture) : IClassFixture<InferenceServerFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Inspect_Items_ReturnsScorePerCriterion()
    {
        var client = fixture.Server.Client();

        var response = await client.PostAsync("/v1/inspect", Json("""
            {"items": [{"prompt": "What is 2 plus 3?", "response": "It's 5."},
                       {"prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}]}
            """));

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var items = body.GetProperty("items");
        Assert.Equal(3, items[0].GetProperty("scores").EnumerateObject().Count());
        var helpful = Assert.Single(items[1].GetProperty("scores").EnumerateObject());
        Assert.Equal("helpful", helpful.Name);
        Assert.InRange(helpful.Value.GetSingle(), 0f, 1f);
    }

    [Fact]
    public async Task Align_Request_ReturnsRewriteWithCountsAndTimings()
    {
        var client = fixture.Server.Client();

        var response = await client.PostAsync("/v1/align", Json("""{"prompt": "What is 2 plus 3?", "response": "It's 9.", "criterion": "factuality"}"""));

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("aligned").GetString()));
        Assert.True(body.GetProperty("inputTokens").GetInt32() > 5);
        Assert.True(body.GetProperty("outputTokens").GetInt32() > 0);
        Assert.True(body.GetProperty("timings").GetProperty("totalMs").GetDouble() > 0);
        Assert.Equal("aligner-factuality", body.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Align_Stream_SendsOneEventPerTokenThenDone()
    {
        var client = fixture.Server.Client();

        var response = await client.PostAsync("/v1/align", Json("""{"prompt": "How do I cook rice?", "response": "Google it.", "criterion": "helpful", "stream": true, "options": {"maxNewTokens": 12}}"""));

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var tokens = events.Where(e => e.StartsWith("event: token", StringComparison.Ordinal)).ToList();
        Assert.InRange(tokens.Count, 1, 12);
        Assert.StartsWith("event: done", events[^1]);
        var done = JsonDocument.Parse(events[^1].Split("data: ")[1]).RootElement;
        Assert.Equal(tokens.Count, done.GetProperty("outputTokens").GetInt32());
    }

    [Fact]
    public async Task Models_ListsNameKindCriterionAndHash()
    {
        var client = fixture.Server.Client();

        var body = await client.GetFromJsonAsync<JsonElement>("/v1/models");

        var models = body.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(6, models.Count);
        Assert.All(models, m => Assert.Equal(64, m.GetProperty("sha256").GetString()!.Length));
        Assert.Contains(models, m => m.GetProperty("kind").GetString() == "aligner" && m.GetProperty("criterion").GetString() == "ethical");
    }

    [Fact]
    public async Task Health_LivenessReadinessAndOpenApi_Answer()
    {
        var client = fixture.Server.Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/v1/inspect", out _));
    }

    [Fact]
    public async Task Inspect_MalformedJson_Is400NamingWhere()
    {
        var client = fixture.Server.Client();

        await AssertProblemAsync(await client.PostAsync("/v1/inspect", Json("""{"items": [{"prompt": "a", """)), HttpStatusCode.BadRequest, "$.items[0]");
    }

    [Fact]
    public async Task Inspect_TooManyItems_Is413()
    {
        var client = fixture.Server.Client();
        var items = string.Join(',', Enumerable.Repeat("""{"prompt": "q", "response": "a"}""", 5));

        await AssertProblemAsync(await client.PostAsync("/v1/inspect", Json($$"""{"items": [{{items}}]}""")), HttpStatusCode.RequestEntityTooLarge, "items");
    }

    [Fact]
    public async Task Inspect_UnknownCriterion_Is400NamingIt()
    {
        var client = fixture.Server.Client();

        await AssertProblemAsync(await client.PostAsync("/v1/inspect", Json("""{"items": [{"prompt": "q", "response": "a", "criteria": ["helpful", "witty"]}]}""")),
            HttpStatusCode.BadRequest, "items[0].criteria[1]");
    }

    [Fact]
    public async Task Align_TextOverLimit_Is413()
    {
        var client = fixture.Server.Client();
        var body = JsonSerializer.Serialize(new { prompt = "q", response = new string('a', 2001), criterion = "helpful" });

        await AssertProblemAsync(await client.PostAsync("/v1/align", Json(body)), HttpStatusCode.RequestEntityTooLarge, "response");
    }

    [Fact]
    public async Task Align_MissingResponse_Is400()
    {
        var client = fixture.Server.Client();

        await AssertProblemAsync(await client.PostAsync("/v1/align", Json("""{"prompt": "q", "criterion": "helpful"}""")), HttpStatusCode.BadRequest, "response");
    }

    [Fact]
    public async Task Align_MaxNewTokensOverLimit_Is413_AndBadTopP_Is400()
    {
        var client = fixture.Server.Client();

        await AssertProblemAsync(await client.PostAsync("/v1/align", Json("""{"prompt": "q", "response": "a", "criterion": "helpful", "options": {"maxNewTokens": 65}}""")),
            HttpStatusCode.RequestEntityTooLarge, "options.maxNewTokens");
        await AssertProblemAsync(await client.PostAsync("/v1/align", Json("""{"prompt": "q", "response": "a", "criterion": "helpful", "options": {"topP": 0}}""")),
            HttpStatusCode.BadRequest, "options.topP");
    }

    [Fact]
    public async Task Body_OverByteLimit_Is413()
    {
        var client = fixture.Server.Client();

        await AssertProblemAsync(await client.PostAsync("/v1/align", Json(new string(' ', 70_000) + "{}")), HttpStatusCode.RequestEntityTooLarge, "body");
    }
}
