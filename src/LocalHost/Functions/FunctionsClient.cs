using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aligners.LocalHost.Functions;

/// <summary>
/// The <c>[DurableClient]</c> binding as the Functions host delivers it: the Durable extension's
/// own <c>FunctionsDurableTaskClient</c> around the shared client, carrying the management
/// webhooks' base URL and query string, so <c>CreateHttpManagementPayload</c> (the real client's
/// check-status payload) works the same here as on Azure.
/// </summary>
/// <remarks>
/// The extension builds that type from the host's binding data and keeps it internal; reflection
/// reaches its constructor, checked once at startup so a changed package fails the start, not a request.
/// </remarks>
public sealed class FunctionsClient
{
    private static readonly ConstructorInfo Constructor = FindConstructor();
    private readonly DurableTaskClient _inner;
    private readonly string _hubName;
    private readonly string _systemKey;

    /// <summary>Wraps the host's client.</summary>
    public FunctionsClient(DurableTaskClient inner, string hubName, string systemKey)
    {
        _inner = inner;
        _hubName = hubName;
        _systemKey = systemKey;
    }

    /// <summary>The binding for a request that arrived at <paramref name="request"/>'s host.</summary>
    public DurableTaskClient For(HttpRequest request)
    {
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{DurableWebhooks.Prefix}";
        return For(baseUrl);
    }

    /// <summary>The binding with the webhooks at <paramref name="httpBaseUrl"/>.</summary>
    public DurableTaskClient For(string httpBaseUrl)
    {
        var query = $"taskHub={Uri.EscapeDataString(_hubName)}&connection=Storage&code={Uri.EscapeDataString(_systemKey)}";
        return (DurableTaskClient)Constructor.Invoke([_inner, query, httpBaseUrl, null]);
    }

    private static ConstructorInfo FindConstructor()
    {
        var type = typeof(Microsoft.Azure.Functions.Worker.DurableTaskClientExtensions).Assembly.GetType("Microsoft.Azure.Functions.Worker.FunctionsDurableTaskClient")
            ?? throw new InvalidOperationException("Microsoft.Azure.Functions.Worker.Extensions.DurableTask no longer has FunctionsDurableTaskClient");
        return type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var a }, { ParameterType: var q }, { ParameterType: var u }, _]
                && a == typeof(DurableTaskClient) && q == typeof(string) && u == typeof(string))
            ?? throw new InvalidOperationException("FunctionsDurableTaskClient's constructor (client, queryString, httpBaseUrl, purgeClient) has changed");
    }
}
