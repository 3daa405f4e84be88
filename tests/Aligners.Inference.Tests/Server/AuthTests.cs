using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Aligners.Inference.Tests.Server;

/// <summary>
/// Every route but the health probes needs an API key, or an Entra ID token for the server's
/// audience from an allowed principal (the function app's identity, or a holder of an allowed app role).
/// </summary>
[Trait("Category", "Integration")]
public class AuthTests : IAsyncLifetime
{
    private const string Audience = "api://aligners-inference";
    private const string CallerRole = "Inference.Call";
    private const string AnotherAppsClientId = "d2d2d2d2-9999-4aaa-8bbb-cccccccccccc";
    private TestTokenIssuer _issuer = null!;
    private InferenceServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        var settings = InferenceServerProcess.DefaultSettings();
        settings["Auth:Authority"] = _issuer.Authority;
        settings["Auth:Audience"] = Audience;
        settings["Auth:RequireHttpsMetadata"] = "false";
        settings["Auth:AllowedCallers:0"] = TestTokenIssuer.FunctionAppObjectId;
        settings["Auth:AllowedCallers:1"] = AnotherAppsClientId;
        settings["Auth:AllowedRoles:0"] = CallerRole;
        _server = await InferenceServerProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private static StringContent Inspect => new("""{"items": [{"prompt": "What is 2 plus 3?", "response": "It's 5."}]}""", Encoding.UTF8, "application/json");

    private static async Task Assert401ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    private HttpClient Bearer(string token)
    {
        var client = _server.Client(key: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task NoCredentials_Are401ProblemJson_HealthProbesStayOpen()
    {
        var anonymous = _server.Client(key: null);

        await Assert401ProblemAsync(await anonymous.PostAsync("v1/inspect", Inspect));
        await Assert401ProblemAsync(await anonymous.PostAsync("v1/align", new StringContent("{}", Encoding.UTF8, "application/json")));
        await Assert401ProblemAsync(await anonymous.GetAsync("v1/models"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("readyz")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_RightOneWorks_WrongOneIs401()
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Client().PostAsync("v1/inspect", Inspect)).StatusCode);
        await Assert401ProblemAsync(await _server.Client("wrong-key-0123456789abcdef").PostAsync("v1/inspect", Inspect));
    }

    [Fact]
    public async Task Token_OfTheFunctionAppsIdentity_Works()
    {
        var response = await Bearer(_issuer.Mint(Audience)).PostAsync("v1/inspect", Inspect);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_OfAnotherPrincipalOfTheTenant_ForTheSameAudience_Is403ProblemJson()
    {
        // Any managed identity of the tenant can get a token for the audience; that alone must not open the server.
        var stranger = _issuer.Mint(Audience, objectId: Guid.NewGuid().ToString(), clientId: Guid.NewGuid().ToString());

        var response = await Bearer(stranger).PostAsync("v1/inspect", Inspect);
        var models = await Bearer(stranger).GetAsync("v1/models");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, models.StatusCode);
    }

    [Fact]
    public async Task Token_OfAnAllowedClientId_OrWithAnAllowedAppRole_Works()
    {
        var byClientId = _issuer.Mint(Audience, objectId: Guid.NewGuid().ToString(), clientId: AnotherAppsClientId);
        var byRole = _issuer.Mint(Audience, objectId: Guid.NewGuid().ToString(), clientId: Guid.NewGuid().ToString(), roles: [CallerRole]);
        var byOtherRole = _issuer.Mint(Audience, objectId: Guid.NewGuid().ToString(), clientId: Guid.NewGuid().ToString(), roles: ["Something.Else"]);

        Assert.Equal(HttpStatusCode.OK, (await Bearer(byClientId).PostAsync("v1/inspect", Inspect)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(byRole).PostAsync("v1/inspect", Inspect)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bearer(byOtherRole).PostAsync("v1/inspect", Inspect)).StatusCode);
    }

    [Fact]
    public async Task Token_ForAnotherAudience_Expired_OrSignedByAnotherKey_Is401()
    {
        await Assert401ProblemAsync(await Bearer(_issuer.Mint("api://some-other-app")).PostAsync("v1/inspect", Inspect));
        await Assert401ProblemAsync(await Bearer(_issuer.Mint(Audience, lifetime: TimeSpan.FromMinutes(-30))).PostAsync("v1/inspect", Inspect));
        var stranger = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
        await Assert401ProblemAsync(await Bearer(_issuer.Mint(Audience, signWith: stranger)).PostAsync("v1/inspect", Inspect));
        await Assert401ProblemAsync(await Bearer("not.a.token").PostAsync("v1/inspect", Inspect));
    }

    [Fact]
    public async Task Server_AcceptingTokensWithNoAllowedCaller_RefusesToStart_NamingTheSetting()
    {
        var settings = InferenceServerProcess.DefaultSettings();
        settings["Auth:Authority"] = _issuer.Authority;
        settings["Auth:Audience"] = Audience;
        settings["Auth:RequireHttpsMetadata"] = "false";

        await using var server = await InferenceServerProcess.StartAsync(settings, waitReady: false);

        Assert.NotEqual(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Auth:AllowedCallers", server.Output);
    }

    [Fact]
    public async Task Server_WithNoCredentialsConfigured_RefusesToStart_NamingTheSettings()
    {
        var settings = InferenceServerProcess.DefaultSettings();
        settings.Remove("Auth:ApiKeys:0");

        await using var server = await InferenceServerProcess.StartAsync(settings, waitReady: false);

        Assert.NotEqual(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Auth:ApiKeys", server.Output);
    }
}
