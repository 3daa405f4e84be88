using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Security;

/// <summary>The requirement <see cref="AllowedCallerHandler"/> checks.</summary>
public sealed class AllowedCallerRequirement : IAuthorizationRequirement;

/// <summary>
/// A bearer token passes only when it names a principal the server was told to trust: its object
/// id (<c>oid</c>) or client id (<c>azp</c> in v2 tokens, <c>appid</c> in v1) is in
/// <see cref="AuthOptions.AllowedCallers"/>, or one of its app roles (<c>roles</c>) is in
/// <see cref="AuthOptions.AllowedRoles"/>. Issuer and audience alone would admit every principal
/// of the tenant that can get a token for the audience, and any managed identity of the tenant
/// can. Anyone else is answered 403. A caller authenticated by API key passes: the key is its credential.
/// </summary>
public sealed partial class AllowedCallerHandler(IOptionsMonitor<AuthOptions> options, ILogger<AllowedCallerHandler> logger)
    : AuthorizationHandler<AllowedCallerRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AllowedCallerRequirement requirement)
    {
        if (context.User.Identity is not { IsAuthenticated: true } identity)
        {
            return Task.CompletedTask;
        }
        if (identity.AuthenticationType == ApiKeyHandler.SchemeName)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        var o = options.CurrentValue;
        var ids = new[] { "oid", "azp", "appid" }.Select(t => context.User.FindFirst(t)?.Value).OfType<string>();
        var roles = context.User.FindAll("roles").Select(c => c.Value);
        if (ids.Any(id => o.AllowedCallers.Contains(id, StringComparer.OrdinalIgnoreCase)) || roles.Any(r => o.AllowedRoles.Contains(r, StringComparer.Ordinal)))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        LogRefused(logger, context.User.FindFirst("oid")?.Value ?? "(none)", context.User.FindFirst("azp")?.Value ?? context.User.FindFirst("appid")?.Value ?? "(none)");
        context.Fail(new AuthorizationFailureReason(this, "the token's principal is not among Auth:AllowedCallers and has none of Auth:AllowedRoles"));
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning,
        Message = "Refused a valid token of principal oid={ObjectId} client={ClientId}: not in Auth:AllowedCallers and without any of Auth:AllowedRoles")]
    private static partial void LogRefused(ILogger logger, string objectId, string clientId);
}
