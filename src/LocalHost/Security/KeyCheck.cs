using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Security;

/// <summary>
/// Checks the <c>x-functions-key</c> header or the <c>code</c> query parameter the way the
/// Functions host does for a route's <see cref="AuthorizationLevel"/>. Both sides are hashed and
/// the digests compared in constant time, so neither a key's content nor its length leaks through timing.
/// </summary>
public sealed class KeyCheck(IOptionsMonitor<KeyOptions> options)
{
    /// <summary>Whether the request may call a function of <paramref name="level"/>.</summary>
    public bool Allows(HttpRequest request, AuthorizationLevel level)
    {
        if (level == AuthorizationLevel.Anonymous)
        {
            return true;
        }
        var presented = Presented(request);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }
        var o = options.CurrentValue;
        var ok = Matches(presented, o.AdminKey);
        if (level is AuthorizationLevel.Function or AuthorizationLevel.User)
        {
            foreach (var key in o.FunctionKeys)
            {
                ok |= Matches(presented, key);
            }
        }
        return ok;
    }

    /// <summary>Whether the request carries the system key of the management webhooks (or the admin key).</summary>
    public bool AllowsSystem(HttpRequest request) =>
        Presented(request) is { Length: > 0 } presented && (Matches(presented, options.CurrentValue.SystemKey) | Matches(presented, options.CurrentValue.AdminKey));

    private static string? Presented(HttpRequest request) =>
        request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();

    private static bool Matches(string presented, string? expected) => expected is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
