using System.ComponentModel.DataAnnotations;

namespace Aligners.Inference.Server.Security;

/// <summary>
/// Who may call the server: Microsoft Entra ID tokens (the function app's managed identity asks
/// for one for <see cref="Audience"/>) of the principals in <see cref="AllowedCallers"/> or with
/// one of <see cref="AllowedRoles"/>, API keys, or both. Every route but the health probes
/// needs one of them; with neither configured the server refuses to start unless
/// <see cref="AllowAnonymous"/> says so (a local, loopback-only run).
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>
    /// The token issuer's authority, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>;
    /// its OpenID metadata gives the issuer and signing keys.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for (the server's app ID URI or client id).</summary>
    public string? Audience { get; set; }

    /// <summary>Further accepted issuers (Entra v1 tokens name <c>https://sts.windows.net/{tenant}/</c>).</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>Whether the authority's metadata must be fetched over HTTPS (only a loopback test issuer turns it off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Object ids (<c>oid</c>) or client ids (<c>azp</c>/<c>appid</c>) of the principals whose tokens
    /// are accepted: on Azure, the function app's managed identity. A valid token of anyone else is 403.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>App roles (<c>roles</c>) any one of which also admits a token, for callers granted a role of the server's app registration.</summary>
    public List<string> AllowedRoles { get; set; } = [];

    /// <summary>API keys accepted in the <c>x-api-key</c> header.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Serve without credentials: only for a local run that nothing else can reach.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Whether tokens are accepted.</summary>
    public bool UsesTokens => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ApiKeys.RemoveAll(string.IsNullOrWhiteSpace);
        AllowedCallers.RemoveAll(string.IsNullOrWhiteSpace);
        AllowedRoles.RemoveAll(string.IsNullOrWhiteSpace);
        if (string.IsNullOrWhiteSpace(Authority) != string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult("Auth:Authority and Auth:Audience go together: set both to accept Entra ID tokens.", [nameof(Authority)]);
        }
        if (UsesTokens && AllowedCallers.Count == 0 && AllowedRoles.Count == 0)
        {
            yield return new ValidationResult(
                "Auth:Authority and Auth:Audience accept Entra ID tokens, but no principal is allowed: set Auth:AllowedCallers:0 to the " +
                "object id of the caller's managed identity (or its client id), or Auth:AllowedRoles:0 to an app role. Without one, any " +
                "principal of the tenant that can get a token for the audience could call the server.", [nameof(AllowedCallers)]);
        }
        if (ApiKeys.Any(k => k.Length < 16))
        {
            yield return new ValidationResult("Auth:ApiKeys must be at least 16 characters each.", [nameof(ApiKeys)]);
        }
        if (!UsesTokens && ApiKeys.Count == 0 && !AllowAnonymous)
        {
            yield return new ValidationResult(
                "No credentials are configured: set Auth:Authority and Auth:Audience (Entra ID tokens), or Auth:ApiKeys:0, " +
                "or Auth:AllowAnonymous=true for a local run nothing else can reach.", [nameof(ApiKeys)]);
        }
    }
}
