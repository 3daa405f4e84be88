using System.Text.Json;
using Aligners.Functions.Http;
using Aligners.Inference.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Console;

/// <summary>
/// Who is reviewing: the signed-in principal, or the reviewer whose key was presented. Every
/// console and review route asks it first; a request with no reviewer's credential is refused.
/// </summary>
public sealed class ReviewerIdentity(IOptions<ReviewerDirectory> reviewers, IOptions<ReviewerSignInOptions> signIn)
{
    /// <summary>The header App Service Authentication sets for a signed-in caller (base64 JSON of its claims).</summary>
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The reviewer's name, or null when the request carries no reviewer's credential.</summary>
    public string? Of(HttpRequest request)
    {
        if (signIn.Value.AppServiceAuthentication && request.Headers[PrincipalHeader].FirstOrDefault() is { Length: > 0 } encoded)
        {
            return SignedIn(encoded, signIn.Value.Role);
        }
        return reviewers.Value.Find(CallerKeys.Presented(request));
    }

    /// <summary>The answer to a request without a reviewer's credential.</summary>
    public static IResult Refusal() => Problems.Forbidden("x-functions-key",
        "this route needs a reviewer's credential: a key listed under Reviewers:{name}:KeySha256, or App Service sign-in with the reviewer role");

    private static string? SignedIn(string encoded, string role)
    {
        try
        {
            using var principal = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var root = principal.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var n) ? n.GetString() : null;
            var roleType = root.TryGetProperty("role_typ", out var r) ? r.GetString() : null;
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString())).ToList();
            if (!claims.Any(c => (c.Type == roleType || c.Type == "roles") && c.Value == role))
            {
                return null;
            }
            return claims.FirstOrDefault(c => c.Type == nameType).Value
                ?? claims.FirstOrDefault(c => c.Type is "preferred_username" or "name").Value;
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
