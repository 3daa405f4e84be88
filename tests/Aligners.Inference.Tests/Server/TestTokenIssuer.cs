using System.Security.Claims;
using System.Security.Cryptography;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aligners.Inference.Tests.Server;

/// <summary>
/// A token issuer on loopback standing in for Microsoft Entra ID (which cannot run here): it
/// publishes OpenID Connect metadata and its signing keys the way Entra does under
/// <c>/{tenant}/v2.0</c>, and mints RS256 tokens, so the server validates real tokens through the
/// real discovery protocol over real HTTP.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };

    private TestTokenIssuer(WebApplication app) => _app = app;

    /// <summary>The object id (<c>oid</c>) of the function app's managed identity in the tokens this issuer mints by default.</summary>
    public const string FunctionAppObjectId = "0f0f0f0f-1111-4222-8333-444444444444";

    /// <summary>The client id (<c>azp</c>) of the function app's managed identity.</summary>
    public const string FunctionAppClientId = "c1c1c1c1-5555-4666-8777-888888888888";

    /// <summary>The authority to configure (<c>Auth:Authority</c>).</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Starts the issuer on a free loopback port.</summary>
    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app);
        app.MapGet($"/{Tenant}/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority.Replace("/v2.0", "/discovery/v2.0/keys"),
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code", "id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
        }));
        app.MapGet($"/{Tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer._key.Rsa.ExportParameters(false)) { KeyId = issuer._key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        issuer.Authority = $"{address}/{Tenant}/v2.0";
        return issuer;
    }

    /// <summary>
    /// A signed app-only token for <paramref name="audience"/>, valid from now for <paramref name="lifetime"/>
    /// (negative: already expired), of the principal <paramref name="objectId"/> / <paramref name="clientId"/>
    /// (by default the function app's identity) with <paramref name="roles"/>.
    /// </summary>
    public string Mint(string audience, TimeSpan? lifetime = null, SecurityKey? signWith = null, string? objectId = null, string? clientId = null,
        IEnumerable<string>? roles = null)
    {
        var now = DateTime.UtcNow;
        var life = lifetime ?? TimeSpan.FromHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            IssuedAt = life < TimeSpan.Zero ? now + life - TimeSpan.FromMinutes(10) : now,
            NotBefore = life < TimeSpan.Zero ? now + life - TimeSpan.FromMinutes(10) : now,
            Expires = now + life,
            Subject = new ClaimsIdentity([
                new Claim("sub", objectId ?? FunctionAppObjectId), new Claim("oid", objectId ?? FunctionAppObjectId),
                new Claim("azp", clientId ?? FunctionAppClientId), new Claim("idtyp", "app"),
                .. (roles ?? []).Select(r => new Claim("roles", r))]),
            SigningCredentials = new SigningCredentials(signWith ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A credential that gets the function app identity's tokens from this issuer, as the managed identity gets them from Entra ID.</summary>
    public TokenCredential Credential(string audience) => new IssuerCredential(this, audience);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class IssuerCredential(TestTokenIssuer issuer, string audience) : TokenCredential
    {
        public int Requests;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Requests);
            return new AccessToken(issuer.Mint(audience), DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
