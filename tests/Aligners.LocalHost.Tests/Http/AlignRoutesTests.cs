namespace Aligners.LocalHost.Tests.Http;

/// <summary><c>/api/align</c> through the local host over a real socket.</summary>
[Trait("Category", "Integration")]
[Collection(HostCollection.Name)]
public class AlignRoutesTests(HostFixture fixture)
{
    private const string Body = """{"prompt": "What is the capital of France?", "response": "The capital of France is Madrid.", "metadata": {"ticket": 7}}""";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private HttpClient Client(string? key = HostSettings.FunctionKey) => fixture.Host.Client(key);

    private async Task<int> AuditRecordsAsync()
    {
        var container = new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:AuditContainer"]);
        return await HttpAssert.CountBlobsAsync(container);
    }

    [Fact]
    public async Task Post_AnswersTheResultWithinTheInlineBudget()
    {
        var response = await Client().PostAsync("api/align", Json(Body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("completed", body.GetProperty("stage").GetString());
        var output = body.GetProperty("output");
        Assert.Equal(3, output.GetProperty("scores").EnumerateObject().Count());
        Assert.Equal(7, output.GetProperty("metadata").GetProperty("ticket").GetInt32());
        Assert.False(string.IsNullOrEmpty(output.GetProperty("aligned").GetString()));
    }

    [Fact]
    public async Task Post_PrivacyCriterion_RedactsTheAnswer_AndReportsItsFindingsWithoutTheirValues()
    {
        var body = """{"prompt": "Where do I send the form?", "response": "Send it to jane.doe@example.com or call +1 202-555-0143.", "criteria": ["privacy"]}""";

        var response = await HttpAssert.EndedAsync(Client(), await Client().PostAsync("api/align", Json(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var output = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("output");
        Assert.Equal("Send it to [EMAIL_1] or call [PHONE_1].", output.GetProperty("aligned").GetString());
        Assert.Equal(["privacy"], output.GetProperty("applied").EnumerateArray().Select(a => a.GetString()));
        var findings = output.GetProperty("privacy").GetProperty("answer");
        Assert.Equal([("email", 11, 20), ("phone", 40, 15)],
            findings.EnumerateArray().Select(f => (f.GetProperty("type").GetString()!, f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32())));
        Assert.DoesNotContain("jane", findings.GetRawText());
        Assert.DoesNotContain("0143", findings.GetRawText());
    }

    [Fact]
    public async Task Post_PreferRespondAsync_Answers202WithTheCheckStatusPayload_WhoseLinksAreTheAppsOwn()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json(Body) };
        request.Headers.Add("Prefer", "respond-async");

        var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = payload.GetProperty("id").GetString()!;
        var statusUri = payload.GetProperty("statusQueryGetUri").GetString()!;
        Assert.EndsWith($"/api/align/{id}", statusUri);
        Assert.EndsWith($"/api/align/{id}/terminate", payload.GetProperty("terminatePostUri").GetString());
        Assert.Equal(statusUri, payload.GetProperty("purgeHistoryDeleteUri").GetString());
        Assert.Equal(statusUri, response.Headers.Location!.ToString());
        var done = await HttpAssert.PollAsync(Client(), statusUri, TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        Assert.Equal("completed", done.GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(key: null).GetAsync(statusUri)).StatusCode);
    }

    [Fact]
    public async Task Post_SameIdempotencyKey_SameInstance_StartedOnce()
    {
        async Task<string> PostAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json(Body) };
            request.Headers.Add("Idempotency-Key", "ticket-7-" + nameof(Post_SameIdempotencyKey_SameInstance_StartedOnce));
            var body = await (await Client().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("instanceId").GetString()!;
        }

        var first = await PostAsync();
        var second = await PostAsync();

        Assert.Equal(first, second);
        var audit = await Client(HostSettings.AdminKey).GetFromJsonAsync<JsonElement>($"api/align/{first}/audit");
        Assert.Single(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == "started");
    }

    [Fact]
    public async Task Audit_AdminKeyReadsTheVerifiedRecord_FunctionKeyIsRefused()
    {
        var id = (await (await Client().PostAsync("api/align", Json(Body))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString();

        await HttpAssert.AssertProblemAsync(await Client().GetAsync($"api/align/{id}/audit"), HttpStatusCode.Unauthorized, "x-functions-key");
        var audit = await Client(HostSettings.AdminKey).GetFromJsonAsync<JsonElement>($"api/align/{id}/audit");

        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal("Started", entries[0].GetProperty("type").GetString());
        Assert.Equal("Completed", entries[^1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Keys_MissingOrWrongAre401_CodeParameterWorks_HealthNeedsNone()
    {
        var anonymous = Client(key: null);

        await HttpAssert.AssertProblemAsync(await anonymous.PostAsync("api/align", Json(Body)), HttpStatusCode.Unauthorized, "x-functions-key");
        await HttpAssert.AssertProblemAsync(await Client("not-the-key-at-all").PostAsync("api/align", Json(Body)), HttpStatusCode.Unauthorized, "x-functions-key");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"api/align?code={HostSettings.FunctionKey}", Json(Body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("api/health")).StatusCode);
    }

    [Theory]
    [InlineData("""{"prompt": "q", "response": """, "body.response")]
    [InlineData("""{"response": "r"}""", "prompt")]
    [InlineData("""{"prompt": "q", "response": "r", "criteria": ["tone"]}""", "criteria[0]")]
    [InlineData("""{"prompt": "q", "response": "r", "policy": "lenient"}""", "policy")]
    [InlineData("null", "body")]
    [InlineData("", "body")]
    public async Task Post_BadBody_Is400NamingTheField_AndNothingIsStored(string body, string field)
    {
        var before = await AuditRecordsAsync();

        await HttpAssert.AssertProblemAsync(await Client().PostAsync("api/align", Json(body)), HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await AuditRecordsAsync());
    }

    [Fact]
    public async Task Post_TooLarge_Is413_ControlCharacterKeyIs400()
    {
        var huge = JsonSerializer.Serialize(new { prompt = "q", response = new string('x', 1_100_000) });
        await HttpAssert.AssertProblemAsync(await Client().PostAsync("api/align", Json(huge)), HttpStatusCode.RequestEntityTooLarge, "body");

        var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json(Body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "a/b");
        await HttpAssert.AssertProblemAsync(await Client().SendAsync(request), HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("abc%01def")]
    [InlineData("..%2F..%2Fetc")]
    public async Task UnknownOrImpossibleId_Is404ProblemJson(string id)
    {
        await HttpAssert.AssertProblemAsync(await Client().GetAsync($"api/align/{id}"), HttpStatusCode.NotFound, "id");
        await HttpAssert.AssertProblemAsync(await Client(HostSettings.AdminKey).GetAsync($"api/align/{id}/audit"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task TerminateAndPurge_AreTheOwnersToCall_AndRefuseWrongStates()
    {
        var id = (await (await Client().PostAsync("api/align", Json(Body))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString();

        await HttpAssert.AssertProblemAsync(await Client(key: null).DeleteAsync($"api/align/{id}"), HttpStatusCode.Unauthorized, "x-functions-key");
        await HttpAssert.AssertProblemAsync(await Client().PostAsync($"api/align/{id}/terminate", null), HttpStatusCode.Conflict, "id");
        var purged = await Client().DeleteAsync($"api/align/{id}");

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        await HttpAssert.AssertProblemAsync(await Client().GetAsync($"api/align/{id}"), HttpStatusCode.NotFound, "id");
        var audit = await Client(HostSettings.AdminKey).GetFromJsonAsync<JsonElement>($"api/align/{id}/audit");
        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
    }
}
