using System.Text.Json;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// The app's <c>host.json</c> as configuration under <c>AzureFunctionsJobHost</c>, where the
/// Functions host reads it too; app settings named <c>AzureFunctionsJobHost__...</c> override it,
/// as they do on Azure. The local host takes its engine, HTTP and queue settings from here, so a
/// local run and a deployment share one file.
/// </summary>
public static class HostJson
{
    /// <summary>The section holding host.json.</summary>
    public const string Section = "AzureFunctionsJobHost";

    /// <summary>Adds host.json found next to the binaries or at the repository root. Call before the environment variables.</summary>
    public static IConfigurationBuilder AddHostJson(this IConfigurationBuilder builder)
    {
        var path = new[] { AppContext.BaseDirectory, LocalAzurite.RepositoryRoot() }
            .Where(d => d is not null).Select(d => Path.Combine(d!, "host.json")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("host.json is missing next to the binaries; the app cannot run without it");
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>();
        Flatten(doc.RootElement, Section, values);
        // host.json's log levels apply to the local host's logging as they do on the Functions host.
        if (doc.RootElement.TryGetProperty("logging", out var logging) && logging.TryGetProperty("logLevel", out var levels))
        {
            foreach (var level in levels.EnumerateObject())
            {
                values[$"Logging:LogLevel:{(level.Name == "default" ? "Default" : level.Name)}"] = level.Value.GetString();
            }
        }
        return builder.AddInMemoryCollection(values);
    }

    private static void Flatten(JsonElement e, string prefix, Dictionary<string, string?> values)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, $"{prefix}:{p.Name}", values);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Flatten(item, $"{prefix}:{i++}", values);
                }
                break;
            default:
                values[prefix] = e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();
                break;
        }
    }
}
