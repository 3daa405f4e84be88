using System.Reflection;
using Aligners.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Aligners.Functions.Console;

/// <summary>
/// <c>GET /console</c>: the review console's page, script and style sheet, embedded in the app so
/// nothing is fetched from elsewhere at run time. The page is public; everything it shows comes
/// from admin routes, called with the key the reviewer types in.
/// </summary>
public sealed class ConsoleFunction
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        [""] = ("console/index.html", "text/html; charset=utf-8"),
        ["console.js"] = ("console/console.js", "text/javascript; charset=utf-8"),
        ["console.css"] = ("console/console.css", "text/css; charset=utf-8"),
    };

    /// <summary>Serves one of the console's files.</summary>
    [Function("Console")]
    public IResult Serve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*path}")] HttpRequest request,
        string? path)
    {
        if (!Files.TryGetValue(path?.Trim('/') ?? "", out var file)
            || typeof(ConsoleFunction).Assembly.GetManifestResourceStream(file.Resource) is not { } stream)
        {
            return TypedResults.NotFound();
        }
        var headers = request.HttpContext.Response.Headers;
        // Only the app's own script and styles, no framing, no referrer: the page handles an admin key.
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return TypedResults.Stream(stream, file.ContentType);
    }
}
