using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Security;

/// <summary>
/// Authentication for every route but the health probes: a policy scheme picks the API-key
/// scheme when the request carries <c>x-api-key</c> and JWT bearer (Entra ID: issuer, audience,
/// lifetime and signature validated against the authority's published keys) otherwise; then a
/// token's principal must be an allowed caller (<see cref="AllowedCallerHandler"/>).
/// Failures answer 401 (no valid credential) or 403 (a valid token of another principal) as
/// problem details, through the status-code pages.
/// </summary>
public static class AuthExtensions
{
    private const string Selector = "KeyOrToken";

    /// <summary>Registers the schemes and the default policy from <see cref="AuthOptions"/>.</summary>
    public static IServiceCollection AddInferenceAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or bearer token", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(ApiKeyHandler.Header) ? ApiKeyHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, _ => { })
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, auth) =>
        {
            var a = auth.Value;
            if (!a.UsesTokens)
            {
                // No authority, no signing keys: every bearer token fails validation; API keys still work.
                return;
            }
            jwt.Authority = a.Authority;
            jwt.Audience = a.Audience;
            jwt.RequireHttpsMetadata = a.RequireHttpsMetadata;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.ValidateIssuer = true;
            jwt.TokenValidationParameters.ValidateAudience = true;
            jwt.TokenValidationParameters.ValidateLifetime = true;
            jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
            if (a.ValidIssuers.Count > 0)
            {
                jwt.TokenValidationParameters.ValidIssuers = [.. a.ValidIssuers, a.Authority!.TrimEnd('/')];
            }
        });
        services.AddSingleton<IAuthorizationHandler, AllowedCallerHandler>();
        services.AddAuthorizationBuilder().SetFallbackPolicy(null)
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(Selector).RequireAuthenticatedUser().AddRequirements(new AllowedCallerRequirement()).Build());
        return services;
    }

    /// <summary>Requires credentials on <paramref name="builder"/>, unless the server runs anonymous on purpose.</summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder builder, AuthOptions options) where TBuilder : IEndpointConventionBuilder =>
        options.AllowAnonymous && !options.UsesTokens && options.ApiKeys.Count == 0 ? builder : builder.RequireAuthorization();
}
