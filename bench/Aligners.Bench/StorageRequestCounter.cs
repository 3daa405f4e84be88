using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Aligners.Bench;

/// <summary>
/// Counts HTTP requests to Azurite's ports through the System.Net.Http activity source: all of them,
/// those to the audit container, and each by what it does (service, resource and operation, for
/// example <c>queue workitems dequeue</c> or <c>table History batch</c>), so a figure of requests per
/// instance can be read back to the engine's steps that cost it.
/// </summary>
internal sealed partial class StorageRequestCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly Dictionary<int, string> _services;
    private readonly string _auditPath;
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _byKind = new(StringComparer.Ordinal);
    private int _count;
    private int _audit;

    public StorageRequestCounter(string connectionString, string auditPath)
    {
        _auditPath = auditPath;
        _services = connectionString.Split(';').Where(p => p.Contains("Endpoint=", StringComparison.Ordinal))
            .ToDictionary(p => new Uri(p[(p.IndexOf('=') + 1)..]).Port, p => p[..p.IndexOf("Endpoint=", StringComparison.Ordinal)].ToLowerInvariant());
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = OnRequestEnded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => Volatile.Read(ref _count);

    public int AuditCount => Volatile.Read(ref _audit);

    /// <summary>The requests of each kind and their mean duration as the client saw it, most first.</summary>
    public IReadOnlyList<(string Kind, int Count, double MeanMs)> ByKind =>
        [.. _byKind.Select(p => (p.Key, p.Value.Count, p.Value.Ms / p.Value.Count)).OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal)];

    public void Dispose() => _listener.Dispose();

    private void OnRequestEnded(Activity activity)
    {
        if (activity.GetTagItem("server.port") is not int port || !_services.TryGetValue(port, out var service))
        {
            return;
        }
        Interlocked.Increment(ref _count);
        var url = activity.GetTagItem("url.full") is string full ? new Uri(full) : null;
        if (url is not null && url.AbsolutePath.StartsWith(_auditPath, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _audit);
        }
        var method = activity.GetTagItem("http.request.method") as string ?? "?";
        var ms = activity.Duration.TotalMilliseconds;
        _byKind.AddOrUpdate(Kind(service, method, url), (1, ms), (_, n) => (n.Count + 1, n.Ms + ms));
    }

    /// <summary>What a request does, from its path, query and method: the account segment and ids dropped.</summary>
    internal static string Kind(string service, string method, Uri? url)
    {
        if (url is null)
        {
            return $"{service} {method}";
        }
        // Path-style Azurite URLs: /{account}/{resource}[/...].
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? Uri.UnescapeDataString(segments[1]) : "(account)";
        var query = url.Query;
        string operation;
        switch (service)
        {
            case "queue":
                resource = Digits().Replace(resource, "NN");
                operation = (segments.Length, method) switch
                {
                    (3, "GET") => query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) ? "peek" : "dequeue",
                    (3, "POST") => "send",
                    (4, "DELETE") => "delete",
                    (4, "PUT") => "update",
                    _ => query.Contains("comp=metadata", StringComparison.OrdinalIgnoreCase) ? "metadata" : $"{method} other",
                };
                break;
            case "table":
                var table = resource.Split('(')[0];
                operation = (method, resource.Contains('(', StringComparison.Ordinal) && !resource.EndsWith("()", StringComparison.Ordinal)) switch
                {
                    ("POST", _) when table == "$batch" => "batch",
                    ("GET", false) => "query",
                    ("GET", true) => "point read",
                    ("PUT", _) => "upsert",
                    ("MERGE", _) or ("PATCH", _) => "merge",
                    ("DELETE", _) => "delete",
                    ("POST", _) => "insert",
                    _ => method,
                };
                resource = table;
                break;
            default:
                var comp = Comp().Match(query) is { Success: true } m ? m.Groups[1].Value : null;
                operation = comp is null ? method : $"{method} {comp}";
                break;
        }
        return $"{service} {resource} {operation}";
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[?&]comp=([a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Comp();
}
