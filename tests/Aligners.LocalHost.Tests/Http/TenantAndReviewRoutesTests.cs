using System.Security.Cryptography;

namespace Aligners.LocalHost.Tests.Http;

/// <summary>A host with a tenant of its own policies, and the review queue's admin routes.</summary>
public sealed class TenantHostFixture : IAsyncLifetime
{
    public const string AcmeKey = "acme-key-0123456789abcdef";

    public AzuriteFixture Azurite { get; } = new();

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        var settings = HostSettings.Fresh(Azurite);
        settings["Keys:FunctionKeys:1"] = AcmeKey;
        settings["Tenants:acme:KeySha256:0"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AcmeKey)));
        settings["Tenants:acme:DefaultPolicy"] = "strict";
        settings["Tenants:acme:Policies:strict:Version"] = "3";
        // A threshold no rewrite reaches: every flagged answer ends unresolved and goes to review.
        settings["Tenants:acme:Policies:strict:Thresholds:helpful"] = "0.99999";
        settings["Tenants:acme:Policies:strict:Criteria:0"] = "helpful";
        Host = await LocalHostProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[Trait("Category", "Integration")]
public class TenantAndReviewRoutesTests(TenantHostFixture fixture) : IClassFixture<TenantHostFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonElement> AlignAsync(string key, string response = "Just search it online.", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json($$"""{"prompt": "How do I cook rice?", "response": "{{response}}"}""") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        var client = fixture.Host.Client(key);
        var answer = await HttpAssert.EndedAsync(client, await client.SendAsync(request));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task TenantKey_RunsTheTenantsPolicy_AndOtherTenantsCannotSeeTheInstance()
    {
        var acme = await AlignAsync(TenantHostFixture.AcmeKey);
        var id = acme.GetProperty("instanceId").GetString()!;

        var output = acme.GetProperty("output");
        Assert.Equal(("acme", "strict", "3"), (output.GetProperty("tenant").GetString(), output.GetProperty("policy").GetString(), output.GetProperty("policyVersion").GetString()));
        Assert.Equal(["helpful"], output.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client(TenantHostFixture.AcmeKey).GetAsync($"api/align/{id}")).StatusCode);
        await HttpAssert.AssertProblemAsync(await fixture.Host.Client().GetAsync($"api/align/{id}"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task SameIdempotencyKey_FromTwoTenants_StartsTwoInstances()
    {
        var acme = await AlignAsync(TenantHostFixture.AcmeKey, idempotencyKey: "order-17");
        var other = await AlignAsync(HostSettings.FunctionKey, idempotencyKey: "order-17");

        Assert.NotEqual(acme.GetProperty("instanceId").GetString(), other.GetProperty("instanceId").GetString());
        Assert.Equal("default", other.GetProperty("output").GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task ReviewQueue_ListsPagesAndRecordsDecisionsInTheAuditRecord()
    {
        var first = (await AlignAsync(TenantHostFixture.AcmeKey, "Google it.")).GetProperty("instanceId").GetString()!;
        var second = (await AlignAsync(TenantHostFixture.AcmeKey, "Look it up yourself.")).GetProperty("instanceId").GetString()!;
        var admin = fixture.Host.Client(HostSettings.ReviewerKey);

        var page1 = await admin.GetFromJsonAsync<JsonElement>("api/reviews?tenant=acme&state=pending&pageSize=1");
        var token = page1.GetProperty("continuationToken").GetString()!;
        var page2 = await admin.GetFromJsonAsync<JsonElement>($"api/reviews?tenant=acme&state=pending&pageSize=1&continuationToken={Uri.EscapeDataString(token)}");
        var decided = await admin.PostAsync($"api/reviews/acme/{first}/decision", Json("""{"action": "approve-rewrite", "reviewer": "ana"}"""));
        var repeated = await admin.PostAsync($"api/reviews/acme/{first}/decision", Json("""{"action": "approve-rewrite", "reviewer": "ana"}"""));
        var conflicting = await admin.PostAsync($"api/reviews/acme/{first}/decision", Json("""{"action": "approve-original"}"""));
        var audit = await fixture.Host.Client(HostSettings.AdminKey).GetFromJsonAsync<JsonElement>($"api/align/{first}/audit");

        Assert.Single(page1.GetProperty("items").EnumerateArray());
        var listed = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("instanceId").GetString()).ToList();
        Assert.Contains(first, listed);
        Assert.Contains(second, listed);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("decided", (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        await HttpAssert.AssertProblemAsync(conflicting, HttpStatusCode.Conflict, "action");
        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
        var reviewed = audit.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Reviewed");
        Assert.Equal("approve-rewrite", reviewed.GetProperty("data").GetProperty("action").GetString());
    }

    [Fact]
    public async Task ReviewRoutes_NeedAReviewersCredential_AndNameBadFields()
    {
        var admin = fixture.Host.Client(HostSettings.ReviewerKey);

        await HttpAssert.AssertProblemAsync(await fixture.Host.Client(TenantHostFixture.AcmeKey).GetAsync("api/reviews"), HttpStatusCode.Forbidden, "x-functions-key");
        await HttpAssert.AssertProblemAsync(await admin.GetAsync("api/reviews?pageSize=0"), HttpStatusCode.BadRequest, "pageSize");
        await HttpAssert.AssertProblemAsync(await admin.GetAsync("api/reviews?state=maybe"), HttpStatusCode.BadRequest, "state");
        await HttpAssert.AssertProblemAsync(await admin.PostAsync("api/reviews/acme/nope/decision", Json("""{"action": "shrug"}""")), HttpStatusCode.BadRequest, "action");
        await HttpAssert.AssertProblemAsync(await admin.PostAsync("api/reviews/acme/nope/decision", Json("""{"action": "replace"}""")), HttpStatusCode.BadRequest, "text");
        await HttpAssert.AssertProblemAsync(await admin.PostAsync("api/reviews/acme/nope/decision", Json("""{"action": "approve-original"}""")), HttpStatusCode.NotFound, "id");
    }
}
