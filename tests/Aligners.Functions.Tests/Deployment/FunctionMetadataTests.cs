using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Workflows;
using Aligners.Testing;

namespace Aligners.Functions.Tests.Deployment;

/// <summary>
/// <c>functions.metadata</c>, written by the Functions SDK at build, is the deployment contract:
/// what the Functions host indexes, triggers and protects. Every function is checked in it.
/// </summary>
[Trait("Category", "Unit")]
public class FunctionMetadataTests
{
    /// <summary>The build output of the function app (the configuration the tests were built with).</summary>
    public static string BuildOutput =>
#if DEBUG
        Path.Combine(RepositoryPaths.Root, "src", "Functions", "bin", "Debug", "net10.0", "linux-x64");
#else
        Path.Combine(RepositoryPaths.Root, "src", "Functions", "bin", "Release", "net10.0", "linux-x64");
#endif

    private sealed record Expected(string Trigger, string? AuthLevel = null, string? Route = null, string? Method = null, string? Queue = null, string? Output = null);

    private static readonly Dictionary<string, Expected> Functions = new()
    {
        ["AlignStart"] = new("httpTrigger", "Function", "api/align", "post"),
        ["AlignStatus"] = new("httpTrigger", "Function", "api/align/{id}", "get"),
        ["AlignAudit"] = new("httpTrigger", "Admin", "api/align/{id}/audit", "get"),
        ["AlignTerminate"] = new("httpTrigger", "Function", "api/align/{id}/terminate", "post"),
        ["AlignPurge"] = new("httpTrigger", "Function", "api/align/{id}", "delete"),
        ["BulkStart"] = new("httpTrigger", "Function", "api/bulk", "post"),
        ["BulkStatus"] = new("httpTrigger", "Function", "api/bulk/{id}", "get"),
        ["BulkResults"] = new("httpTrigger", "Function", "api/bulk/{id}/results", "get"),
        ["BulkRetry"] = new("httpTrigger", "Function", "api/bulk/{id}/retry", "post"),
        ["ReviewList"] = new("httpTrigger", "Function", "api/reviews", "get"),
        ["ReviewGet"] = new("httpTrigger", "Function", "api/reviews/{tenant}/{id}", "get"),
        ["ReviewDecide"] = new("httpTrigger", "Function", "api/reviews/{tenant}/{id}/decision", "post"),
        ["ChatCompletions"] = new("httpTrigger", "Function", "api/v1/chat/completions", "post"),
        ["InstanceList"] = new("httpTrigger", "Function", "api/instances", "get"),
        ["InstanceGet"] = new("httpTrigger", "Function", "api/instances/{id}", "get"),
        ["BulkList"] = new("httpTrigger", "Function", "api/bulk", "get"),
        ["Stats"] = new("httpTrigger", "Function", "api/stats", "get"),
        ["Console"] = new("httpTrigger", "Anonymous", "console/{*path}", "get"),
        ["Health"] = new("httpTrigger", "Anonymous", "api/health", "get"),
        ["AlignRequests"] = new("queueTrigger", Queue: "%Queues:AlignRequests%", Output: "%Queues:AlignRequests%-poison"),
        ["BulkRequests"] = new("queueTrigger", Queue: "%Queues:BulkRequests%", Output: "%Queues:BulkRequests%-poison"),
        [AlignmentOrchestrator.TaskName] = new("orchestrationTrigger"),
        [BulkJobOrchestrator.TaskName] = new("orchestrationTrigger"),
        [BulkChunkOrchestrator.TaskName] = new("orchestrationTrigger"),
    };

    [Fact]
    public void Metadata_ListsEveryFunction_WithItsTriggerRouteAndAuthLevel()
    {
        var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuildOutput, "functions.metadata"))).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!);

        var expectedNames = Functions.Keys.Concat(WorkflowCatalog.Activities.Select(a => a.Name)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedNames, metadata.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, function) in metadata)
        {
            Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            var expected = Functions.GetValueOrDefault(name, new Expected("activityTrigger"));
            Assert.Equal(expected.Trigger, trigger.GetProperty("type").GetString());
            if (expected.Trigger == "httpTrigger")
            {
                Assert.Equal(expected.AuthLevel, trigger.GetProperty("authLevel").GetString());
                Assert.Equal(expected.Route, trigger.GetProperty("route").GetString());
                Assert.Equal([expected.Method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
            }
            if (expected.Queue is not null)
            {
                Assert.Equal(expected.Queue, trigger.GetProperty("queueName").GetString());
                Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "queue" && b.GetProperty("queueName").GetString() == expected.Output);
                Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "durableClient");
            }
        }
    }

    [Fact]
    public void Build_RestoresTheHostExtensions_AndShipsHostJsonAndModels()
    {
        Assert.True(Directory.Exists(Path.Combine(BuildOutput, ".azurefunctions")), "the SDK's host extensions are missing");
        Assert.True(File.Exists(Path.Combine(BuildOutput, "worker.config.json")));
        Assert.True(File.Exists(Path.Combine(BuildOutput, "models", "inspector-ethical", "model.json")));
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuildOutput, "host.json"))).RootElement;
        var durable = host.GetProperty("extensions").GetProperty("durableTask");
        Assert.Equal("AzureStorage", durable.GetProperty("storageProvider").GetProperty("type").GetString());
        Assert.Equal("none", host.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
        Assert.False(host.TryGetProperty("customHandler", out _));
    }
}
