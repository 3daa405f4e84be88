using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Aligners.Functions.Tests.Apis;

[Collection(FunctionAppCollection.Name)]
public class AlignApiTests(FunctionAppStorage storage)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private const string Body = """{"prompt": "What is the capital of France?", "response": "The capital of France is Madrid.", "metadata": {"ticket": 7}}""";

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Post_Sync_AnswersTheResult()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();

        var response = await client.PostAsync("/api/align", Json(Body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        var output = body.GetProperty("output");
        Assert.Equal(3, output.GetProperty("scores").EnumerateObject().Count());
        Assert.Equal(7, output.GetProperty("metadata").GetProperty("ticket").GetInt32());
        Assert.False(string.IsNullOrEmpty(output.GetProperty("aligned").GetString()));
    }

    [Fact]
    public async Task Post_PreferRespondAsync_Answers202ThenStatusCompletes()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/align") { Content = Json(Body) };
        request.Headers.Add("Prefer", "respond-async");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = check.GetProperty("id").GetString()!;
        var statusUri = check.GetProperty("statusQueryGetUri").GetString()!;
        Assert.Equal(statusUri, response.Headers.Location!.ToString());
        Assert.EndsWith($"/api/align/{id}", statusUri);
        var done = await FunctionApp.PollAsync(client, new Uri(statusUri).PathAndQuery, TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        Assert.Equal("completed", done.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Post_PastInlineBudget_Answers202AndAWorkerFinishes()
    {
        await using var app = new FunctionApp(storage, new() { ["Api:InlineBudgetSeconds"] = "0.001" });
        var client = app.KeyedClient();

        var response = await client.PostAsync("/api/align", Json(Body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var done = await FunctionApp.PollAsync(client, response.Headers.Location!.PathAndQuery, TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task Post_SameIdempotencyKey_SameInstance()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();
        async Task<string> PostAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/align") { Content = Json(Body) };
            request.Headers.Add("Idempotency-Key", "ticket-7");
            var body = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("instanceId").GetString()!;
        }

        Assert.Equal(await PostAsync(), await PostAsync());
    }

    [Fact]
    public async Task Audit_AdminKey_ReturnsTheJournalVerified_FunctionKeyIsRefused()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();
        var id = (await (await client.PostAsync("/api/align", Json(Body))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString();

        await AssertProblemAsync(await client.GetAsync($"/api/align/{id}/audit"), HttpStatusCode.Unauthorized, "x-functions-key");
        var audit = await app.KeyedClient(FunctionApp.AdminKey).GetFromJsonAsync<JsonElement>($"/api/align/{id}/audit");

        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
        var events = audit.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("InstanceStarted", events[0].GetProperty("type").GetString());
        Assert.Equal("InstanceCompleted", events[^1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Keys_MissingOrWrong_Are401_CodeParameterWorks_HealthNeedsNone()
    {
        await using var app = new FunctionApp(storage);
        var anonymous = app.CreateClient();

        await AssertProblemAsync(await anonymous.PostAsync("/api/align", Json(Body)), HttpStatusCode.Unauthorized, "x-functions-key");
        await AssertProblemAsync(await app.KeyedClient("not-the-key-at-all").PostAsync("/api/align", Json(Body)), HttpStatusCode.Unauthorized, "x-functions-key");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"/api/align?code={FunctionApp.FunctionKey}", Json(Body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/health")).StatusCode);
    }

    [Theory]
    [InlineData("""{"prompt": "q", "response": """, "body.response")]
    [InlineData("""{"response": "a"}""", "prompt")]
    [InlineData("""{"prompt": "q", "response": "a", "criteria": ["witty"]}""", "criteria[0]")]
    [InlineData("""{"prompt": "q", "response": "a", "policy": "lenient"}""", "policy")]
    [InlineData("""{"prompt": "q"}""", "response")]
    [InlineData("""{"prompt": 12, "response": "a"}""", "body.prompt")]
    [InlineData("", "body")]
    public async Task Post_BadBody_Is400NamingTheField(string body, string field)
    {
        await using var app = new FunctionApp(storage);

        await AssertProblemAsync(await app.KeyedClient().PostAsync("/api/align", Json(body)), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Post_OversizedBodyOrText_Is413()
    {
        await using var app = new FunctionApp(storage, new() { ["Api:MaxAlignBodyBytes"] = "4096", ["Api:MaxTextCharacters"] = "1000" });
        var client = app.KeyedClient();

        await AssertProblemAsync(await client.PostAsync("/api/align", Json(JsonSerializer.Serialize(new { prompt = new string('x', 5000), response = "a" }))),
            HttpStatusCode.RequestEntityTooLarge, "body");
        await AssertProblemAsync(await client.PostAsync("/api/align", Json(JsonSerializer.Serialize(new { prompt = "q", response = new string('x', 1001) }))),
            HttpStatusCode.RequestEntityTooLarge, "response");
    }

    [Fact]
    public async Task Post_BadIdempotencyKey_Is400()
    {
        await using var app = new FunctionApp(storage);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/align") { Content = Json(Body) };
        request.Headers.Add("Idempotency-Key", new string('k', 300));

        await AssertProblemAsync(await app.KeyedClient().SendAsync(request), HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task Get_UnknownOrMalformedId_Is404Or400()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();

        await AssertProblemAsync(await client.GetAsync($"/api/align/{new string('a', 32)}"), HttpStatusCode.NotFound, "id");
        await AssertProblemAsync(await client.GetAsync("/api/align/not-an-id"), HttpStatusCode.BadRequest, "id");
    }
}
