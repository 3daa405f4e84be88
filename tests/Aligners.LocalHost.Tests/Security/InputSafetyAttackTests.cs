namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// Requests shaped to slip past validation, each over a real socket: another customer's policy,
/// criteria a policy enforces left out, bytes that are not UTF-8, numbers no double holds,
/// impossible ids. Each is refused with a problem naming the field, and nothing is stored.
/// </summary>
[Trait("Category", "Integration")]
[Collection(TwoTenantsCollection.Name)]
public class InputSafetyAttackTests(TwoTenantsFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private HttpClient Acme => fixture.Host.Client(TwoTenantsFixture.AcmeKey);

    private HttpClient Globex => fixture.Host.Client(TwoTenantsFixture.GlobexKey);

    private async Task<int> AuditRecordsAsync() =>
        await HttpAssert.CountBlobsAsync(new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:AuditContainer"]));

    [Fact]
    public async Task Tenant_CannotNameAnAppPolicyItIsNotAllowed_AndTheErrorNamesOnlyItsOwn()
    {
        var before = await AuditRecordsAsync();

        var shadow = await Acme.PostAsync("api/align", Json("""{"prompt": "How do I cook rice?", "response": "Search it.", "policy": "quiet"}"""));
        var other = await Acme.PostAsync("api/align", Json("""{"prompt": "How do I cook rice?", "response": "Search it.", "policy": "checked"}"""));

        await HttpAssert.AssertProblemAsync(shadow, HttpStatusCode.BadRequest, "policy");
        var detail = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("default", detail);
        Assert.DoesNotContain("quiet", detail);
        Assert.Equal(before, await AuditRecordsAsync());
        // Globex is allowed "checked", and gets its criteria.
        var allowed = await Globex.PostAsync("api/align", Json("""{"prompt": "How do I cook rice?", "response": "Search it.", "policy": "checked"}"""));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var scores = (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("output").GetProperty("scores");
        Assert.Equal(["ethical", "helpful"], scores.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Request_CannotLeaveOutACriterionItsPolicyNames()
    {
        var dropped = await Globex.PostAsync("api/align", Json("""{"prompt": "q", "response": "r", "policy": "checked", "criteria": ["helpful"]}"""));

        await HttpAssert.AssertProblemAsync(dropped, HttpStatusCode.BadRequest, "criteria");
        Assert.Contains("ethical", await dropped.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InvalidUtf8Body_Is400NamingTheBody_OnEveryRouteThatTakesText()
    {
        var before = await AuditRecordsAsync();
        byte[] Body(string prefix) => [.. Encoding.UTF8.GetBytes(prefix), 0xC3, 0x28, .. "\"}"u8];

        var align = await Acme.PostAsync("api/align", new ByteArrayContent(Body("""{"prompt": "q", "response": "caf""")));
        var bulk = new ByteArrayContent(Body("""{"prompt": "q", "response": "caf"""));
        bulk.Headers.ContentType = new("application/x-ndjson");
        var bulkAnswer = await Acme.PostAsync("api/bulk", bulk);

        await HttpAssert.AssertProblemAsync(align, HttpStatusCode.BadRequest, "body");
        await HttpAssert.AssertProblemAsync(bulkAnswer, HttpStatusCode.BadRequest, "lines[1]");
        Assert.Contains("UTF-8", await align.Content.ReadAsStringAsync());
        Assert.Equal(before, await AuditRecordsAsync());
    }

    [Theory]
    [InlineData("""{"prompt": "q", "response": "r", "metadata": {"amount": 1e999}}""", "metadata.amount")]
    [InlineData("""{"prompt": "q", "response": "r", "metadata": {"rows": [1, -1e400]}}""", "metadata.rows[1]")]
    public async Task NumberNoDoubleHolds_Is400NamingItsPath(string body, string field)
    {
        await HttpAssert.AssertProblemAsync(await Acme.PostAsync("api/align", Json(body)), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task IdsWithNulOrControlCharacters_AreProblemsNamingTheField()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json("""{"prompt": "q", "response": "r"}""") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "order\u0001-17");
        var line = """{"id": "row\u0000one", "prompt": "q", "response": "r"}""";

        await HttpAssert.AssertProblemAsync(await Acme.SendAsync(request), HttpStatusCode.BadRequest, "Idempotency-Key");
        await HttpAssert.AssertProblemAsync(await Acme.PostAsync("api/bulk", new StringContent(line, Encoding.UTF8, "application/x-ndjson")),
            HttpStatusCode.BadRequest, "lines[1].id");
        // An encoded NUL in the path is refused by the HTTP server before any route runs (Kestrel's
        // own 400, without a problem body); the process serves on.
        Assert.Equal(HttpStatusCode.BadRequest, (await Acme.GetAsync("api/align/abc%00def")).StatusCode);
        await HttpAssert.AssertProblemAsync(await Acme.GetAsync("api/align/abc%01def"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task IdempotencyKey_WithAnotherBody_Is409_BeforeAndAfterAPurge_AndTheSameBodyStillWorks()
    {
        async Task<HttpResponseMessage> PostAsync(string response)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json($$"""{"prompt": "What is the capital of Peru?", "response": "{{response}}"}""") };
            request.Headers.Add("Idempotency-Key", "order-" + nameof(IdempotencyKey_WithAnotherBody_Is409_BeforeAndAfterAPurge_AndTheSameBodyStillWorks));
            return await Acme.SendAsync(request);
        }

        var first = await PostAsync("Lima.");
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
        var changed = await PostAsync("Oslo.");
        var purged = await Acme.DeleteAsync($"api/align/{id}");
        var changedAfterPurge = await PostAsync("Oslo.");
        var sameAfterPurge = await PostAsync("Lima.");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await HttpAssert.AssertProblemAsync(changed, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        await HttpAssert.AssertProblemAsync(changedAfterPurge, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(HttpStatusCode.OK, sameAfterPurge.StatusCode);
        var again = await sameAfterPurge.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, again.GetProperty("instanceId").GetString());
        Assert.Equal("Lima.", again.GetProperty("output").GetProperty("response").GetString());
    }

    [Fact]
    public async Task BulkIdempotencyKey_WithOtherLines_Is409_AndTheSameLinesGetTheSameJob()
    {
        async Task<HttpResponseMessage> SubmitAsync(string response)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/bulk")
            {
                Content = new StringContent($$"""{"prompt": "What is 2 plus 2?", "response": "{{response}}"}""", Encoding.UTF8, "application/x-ndjson"),
            };
            request.Headers.Add("Idempotency-Key", "nightly-" + nameof(BulkIdempotencyKey_WithOtherLines_Is409_AndTheSameLinesGetTheSameJob));
            return await Acme.SendAsync(request);
        }

        var first = await SubmitAsync("4");
        var changed = await SubmitAsync("5");
        var same = await SubmitAsync("4");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await HttpAssert.AssertProblemAsync(changed, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(HttpStatusCode.Accepted, same.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString(),
            (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString());
    }
}
