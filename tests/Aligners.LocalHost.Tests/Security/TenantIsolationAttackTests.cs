namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// Attacks across the tenant boundary, each over a real socket against a real local host on real
/// Azurite: what one tenant's key can learn or do to another tenant's instances and blobs.
/// </summary>
[Trait("Category", "Integration")]
[Collection(TwoTenantsCollection.Name)]
public class TenantIsolationAttackTests(TwoTenantsFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private HttpClient Acme => fixture.Host.Client(TwoTenantsFixture.AcmeKey);

    private HttpClient Globex => fixture.Host.Client(TwoTenantsFixture.GlobexKey);

    private async Task<JsonElement> StartAsyncAlignment(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/align")
        {
            Content = Json("""{"prompt": "My card is 4111 1111 1111 1111. What is the capital of Peru?", "response": "Lima."}"""),
        };
        request.Headers.Add("Prefer", "respond-async");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AcceptedPayload_CarriesNoKey_AndItsLinksServeOnlyTheCallersOwnInstance()
    {
        var payload = await StartAsyncAlignment(Acme);
        var id = payload.GetProperty("id").GetString()!;
        var links = payload.EnumerateObject().Where(p => p.Name.EndsWith("Uri", StringComparison.Ordinal)).Select(p => p.Value.GetString()!).ToList();

        Assert.NotEmpty(links);
        Assert.DoesNotContain(HostSettings.SystemKey, payload.ToString());
        Assert.DoesNotContain(HostSettings.AdminKey, payload.ToString());
        Assert.All(links, l => Assert.DoesNotContain("code=", l));
        Assert.All(links, l => Assert.DoesNotContain("/runtime/webhooks", l));
        // Another tenant following the same links finds nothing there.
        var statusUri = payload.GetProperty("statusQueryGetUri").GetString()!;
        await HttpAssert.AssertProblemAsync(await Globex.GetAsync(statusUri), HttpStatusCode.NotFound, "id");
        await HttpAssert.AssertProblemAsync(await Globex.PostAsync(payload.GetProperty("terminatePostUri").GetString(), null), HttpStatusCode.NotFound, "id");
        await HttpAssert.AssertProblemAsync(await Globex.DeleteAsync(payload.GetProperty("purgeHistoryDeleteUri").GetString()), HttpStatusCode.NotFound, "id");
        // The default tenant's key is no master key either.
        await HttpAssert.AssertProblemAsync(await fixture.Host.Client().GetAsync(statusUri), HttpStatusCode.NotFound, "id");
        // The engine's management webhooks stay behind the system key, whatever a tenant's key.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Acme.GetAsync($"runtime/webhooks/durabletask/instances/{id}")).StatusCode);
        var done = await HttpAssert.PollAsync(Acme, statusUri, TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
    }

    [Theory]
    [InlineData("../tenants/globex/orders.jsonl")]
    [InlineData("..%2Ftenants%2Fglobex%2Forders.jsonl")]
    [InlineData("/tenants/globex/orders.jsonl")]
    [InlineData("a/./b.jsonl")]
    [InlineData("a//b.jsonl")]
    [InlineData("orders.jsonl?comp=list")]
    [InlineData("C:\\\\orders.jsonl")]
    public async Task BulkBlob_ThatIsNoPlainRelativeName_Is400_AndStartsNothing(string name)
    {
        await fixture.Inputs.CreateIfNotExistsAsync();
        await fixture.Inputs.GetBlobClient("tenants/globex/orders.jsonl").UploadAsync(BinaryData.FromString("""{"prompt": "q", "response": "r"}"""), overwrite: true);

        await HttpAssert.AssertProblemAsync(await Acme.PostAsJsonAsync("api/bulk", new { blob = name }), HttpStatusCode.BadRequest, "blob");
    }

    [Fact]
    public async Task BulkBlob_NamesResolveInsideTheCallersFolder_SoAnotherTenantsBlobsAreNotFound()
    {
        var globexJob = await fixture.RunBulkJobAsync(TwoTenantsFixture.GlobexKey, "GLOBEX-SECRET-77");
        await fixture.Inputs.GetBlobClient("tenants/globex/orders.jsonl").UploadAsync(BinaryData.FromString("""{"prompt": "q", "response": "r"}"""), overwrite: true);

        // Globex's results through the container the SDK reaches by "../" are refused as a name;
        // Globex's stored chunk and its own input blob are out of Acme's reach, answered as missing.
        var results = await Acme.PostAsJsonAsync("api/bulk", new { blob = $"../{fixture.Settings["Storage:ResultsContainer"]}/bulk/{globexJob}/results.jsonl" });
        var chunk = await Acme.PostAsJsonAsync("api/bulk", new { blob = $"bulk/{globexJob}/input/0000000.jsonl" });
        var theirs = await Acme.PostAsJsonAsync("api/bulk", new { blob = "orders.jsonl" });

        await HttpAssert.AssertProblemAsync(results, HttpStatusCode.BadRequest, "blob");
        await HttpAssert.AssertProblemAsync(chunk, HttpStatusCode.NotFound, "blob");
        await HttpAssert.AssertProblemAsync(theirs, HttpStatusCode.NotFound, "blob");
        Assert.DoesNotContain("bytes", await theirs.Content.ReadAsStringAsync());
        // The owner reads its own blob by the same name.
        Assert.Equal(HttpStatusCode.Accepted, (await Globex.PostAsJsonAsync("api/bulk", new { blob = "orders.jsonl" })).StatusCode);
    }

    [Fact]
    public async Task ChunkAndLineInstances_OfAnotherTenantsJob_AreNotFound_ForTheDefaultTenantToo()
    {
        var job = await fixture.RunBulkJobAsync(TwoTenantsFixture.GlobexKey, "GLOBEX-SECRET-78");

        foreach (var client in new[] { fixture.Host.Client(), Acme })
        {
            await HttpAssert.AssertProblemAsync(await client.GetAsync($"api/align/{job}-chunk-0"), HttpStatusCode.NotFound, "id");
            await HttpAssert.AssertProblemAsync(await client.GetAsync($"api/align/{job}-0"), HttpStatusCode.NotFound, "id");
            await HttpAssert.AssertProblemAsync(await client.GetAsync($"api/bulk/{job}"), HttpStatusCode.NotFound, "id");
            await HttpAssert.AssertProblemAsync(await client.GetAsync($"api/bulk/{job}/results"), HttpStatusCode.NotFound, "id");
        }
        // A chunk is no alignment: not even its owner reads it as one.
        await HttpAssert.AssertProblemAsync(await Globex.GetAsync($"api/align/{job}-chunk-0"), HttpStatusCode.NotFound, "id");
        var line = await Globex.GetFromJsonAsync<JsonElement>($"api/align/{job}-0");
        Assert.Contains("GLOBEX-SECRET-78", line.GetProperty("output").GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task RetryOfAnotherTenantsJob_IsNotFound_AndStartsNothing()
    {
        var job = await fixture.RunBulkJobAsync(TwoTenantsFixture.GlobexKey, "GLOBEX-SECRET-79");

        foreach (var client in new[] { fixture.Host.Client(), Acme })
        {
            await HttpAssert.AssertProblemAsync(await client.PostAsync($"api/bulk/{job}/retry", null), HttpStatusCode.NotFound, "id");
        }
        // The owner gets past the tenant check: its job had no failed line, so there is nothing to rerun.
        await HttpAssert.AssertProblemAsync(await Globex.PostAsync($"api/bulk/{job}/retry", null), HttpStatusCode.BadRequest, "id");
    }
}
