using System.Security.Cryptography;
using System.Text;
using Aligners.Functions.Apis;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Security;

/// <summary>Which key a route needs.</summary>
public enum KeyLevel
{
    /// <summary>A function key or the admin key.</summary>
    Function,

    /// <summary>The admin key.</summary>
    Admin,
}

/// <summary>
/// Checks the <c>x-functions-key</c> header or the <c>code</c> query parameter against the
/// configured keys. Comparison hashes both sides and compares the digests in constant time, so
/// neither the content nor the length of a key leaks through timing.
/// </summary>
public sealed class KeyCheck(IOptionsMonitor<KeyOptions> options)
{
    /// <summary>Whether the request carries a key of at least <paramref name="level"/>.</summary>
    public bool Allows(HttpRequest request, KeyLevel level)
    {
        var presented = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }
        var o = options.CurrentValue;
        var ok = Matches(presented, o.AdminKey);
        if (level == KeyLevel.Function)
        {
            foreach (var key in o.FunctionKeys)
            {
                ok |= Matches(presented, key);
            }
        }
        return ok;
    }

    private static bool Matches(string presented, string? expected) => expected is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

/// <summary>The endpoint filter that enforces <see cref="KeyCheck"/>.</summary>
public static class KeyFilterExtensions
{
    /// <summary>Requires a key of <paramref name="level"/> on the endpoints of <paramref name="builder"/>.</summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder builder, KeyLevel level) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var check = context.HttpContext.RequestServices.GetRequiredService<KeyCheck>();
            return check.Allows(context.HttpContext.Request, level)
                ? await next(context)
                : Problems.Unauthorized(level == KeyLevel.Admin ? "this route needs the admin key" : "a function key is required");
        });
}
