using Aligners.LocalHost.Tests.Http;

namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// The review console's routes take a reviewer's own credential: not the host's master key, not a
/// tenant's key, not a principal header a caller made up; and a decision is signed by the
/// credential that made it, whatever name the body claims.
/// </summary>
[Trait("Category", "Integration")]
public class ReviewerCredentialAttackTests(TenantHostFixture fixture) : IClassFixture<TenantHostFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("api/reviews")]
    [InlineData("api/instances")]
    [InlineData("api/stats")]
    [InlineData("api/bulk")]
    public async Task ConsoleRoutes_RefuseTheMasterKeyAndTenantKeys_AndOpenToAReviewer(string route)
    {
        await HttpAssert.AssertProblemAsync(await fixture.Host.Client(HostSettings.AdminKey).GetAsync(route), HttpStatusCode.Forbidden, "x-functions-key");
        await HttpAssert.AssertProblemAsync(await fixture.Host.Client(TenantHostFixture.AcmeKey).GetAsync(route), HttpStatusCode.Forbidden, "x-functions-key");
        await HttpAssert.AssertProblemAsync(await fixture.Host.Client().GetAsync(route), HttpStatusCode.Forbidden, "x-functions-key");

        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client(HostSettings.ReviewerKey).GetAsync(route)).StatusCode);
    }

    [Fact]
    public async Task PrincipalHeader_MadeUpByACaller_IsIgnored_WhereNoSignInStandsInFront()
    {
        var claims = JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = "mallory" }, new { typ = "roles", val = "Reviewer" } },
        });
        var request = new HttpRequestMessage(HttpMethod.Get, "api/reviews");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(Encoding.UTF8.GetBytes(claims)));

        await HttpAssert.AssertProblemAsync(await fixture.Host.Client(TenantHostFixture.AcmeKey).SendAsync(request), HttpStatusCode.Forbidden, "x-functions-key");
    }

    [Fact]
    public async Task Decision_IsSignedByTheCredential_NotByTheNameInTheBody()
    {
        var acme = fixture.Host.Client(TenantHostFixture.AcmeKey);
        var start = new HttpRequestMessage(HttpMethod.Post, "api/align") { Content = Json("""{"prompt": "How do I cook rice?", "response": "Figure it out yourself."}""") };
        start.Headers.Add("Prefer", "respond-async");
        var id = (await (await acme.SendAsync(start)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await HttpAssert.PollAsync(acme, $"api/align/{id}", TimeSpan.FromMinutes(3));
        var reviewer = fixture.Host.Client(HostSettings.ReviewerKey);

        var impersonating = await reviewer.PostAsync($"api/reviews/acme/{id}/decision", Json("""{"action": "approve-original", "reviewer": "mallory"}"""));
        var decided = await reviewer.PostAsync($"api/reviews/acme/{id}/decision", Json("""{"action": "approve-original"}"""));

        await HttpAssert.AssertProblemAsync(impersonating, HttpStatusCode.BadRequest, "reviewer");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var audit = await fixture.Host.Client(HostSettings.AdminKey).GetFromJsonAsync<JsonElement>($"api/align/{id}/audit");
        var entry = audit.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Reviewed");
        Assert.Equal(HostSettings.Reviewer, entry.GetProperty("data").GetProperty("reviewer").GetString());
        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
    }
}
