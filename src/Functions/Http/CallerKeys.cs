using Microsoft.AspNetCore.Http;

namespace Aligners.Functions.Http;

/// <summary>The key a caller presented, wherever it put it.</summary>
public static class CallerKeys
{
    /// <summary>
    /// The key of <paramref name="request"/>: the Functions header <c>x-functions-key</c> or query
    /// parameter <c>code</c>, or, as OpenAI and Azure OpenAI clients send it, <c>Authorization: Bearer</c>
    /// or <c>api-key</c>; null when there is none.
    /// </summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers["x-functions-key"].FirstOrDefault() is { Length: > 0 } header)
        {
            return header;
        }
        if (request.Query["code"].FirstOrDefault() is { Length: > 0 } code)
        {
            return code;
        }
        if (request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return auth["Bearer ".Length..].Trim();
        }
        return request.Headers["api-key"].FirstOrDefault() is { Length: > 0 } apiKey ? apiKey : null;
    }
}
