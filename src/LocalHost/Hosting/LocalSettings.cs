using System.Text.Json;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// Reads the <c>Values</c> of a <c>local.settings.json</c> (the Functions local settings file) as
/// configuration, <c>__</c> separating sections as in app settings, so a local run sees the same
/// settings a Functions host would pass.
/// </summary>
public static class LocalSettings
{
    /// <summary>Adds <c>local.settings.json</c> from <paramref name="directory"/>, when present. Add environment variables after it: they win, as on the Functions host.</summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string directory)
    {
        var path = Path.Combine(directory, "local.settings.json");
        if (!File.Exists(path))
        {
            return builder;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>();
        if (doc.RootElement.TryGetProperty("Values", out var v))
        {
            foreach (var p in v.EnumerateObject())
            {
                values[p.Name.Replace("__", ":")] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
            }
        }
        return builder.AddInMemoryCollection(values);
    }
}
