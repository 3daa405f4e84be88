using System.Diagnostics;
using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Functions.Triggers;
using Aligners.Orchestration.Runtime;
using Aligners.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Functions.Tests.Deployment;

[Collection(FunctionAppCollection.Name)]
public class DeploymentShapeTests(FunctionAppStorage storage) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-publish-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonElement ReadJson(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public async Task PublishedFolder_IsConsistentWithWhatTheAppServesAndListensTo()
    {
        var folder = Path.Combine(_dir, "functionapp");
        var publish = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "publish.sh"), folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, log);

        var host = ReadJson(Path.Combine(folder, "host.json"));
        var handler = host.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.True(File.Exists(Path.Combine(folder, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()!)));
        var queues = host.GetProperty("extensions").GetProperty("queues");
        Assert.Equal(new OrchestrationOptions().MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("none", queues.GetProperty("messageEncoding").GetString());
        Assert.True(File.Exists(Path.Combine(folder, "app", "models", "aligner-ethical", "model.json")));

        var functions = Directory.GetDirectories(folder).Select(Path.GetFileName).Where(d => d is not "app").Order().ToList();
        Assert.Equal(FunctionNames.Http.Concat(FunctionNames.Queue).Order(), functions);

        await using var app = new FunctionApp(storage);
        _ = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var q = new QueueOptions();
        var expectedQueues = new Dictionary<string, string>
        {
            [FunctionNames.AlignRequests] = q.AlignRequests,
            [FunctionNames.BulkFanout] = q.BulkFanout,
            [FunctionNames.AlignmentWork] = new OrchestrationOptions().WorkQueue,
        };
        foreach (var name in functions)
        {
            var bindings = ReadJson(Path.Combine(folder, name!, "function.json")).GetProperty("bindings").EnumerateArray().ToList();
            var trigger = bindings.Single(b => b.GetProperty("direction").GetString() == "in");
            if (trigger.GetProperty("type").GetString() == "httpTrigger")
            {
                var endpoint = endpoints.Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);
                Assert.Equal("/api/" + trigger.GetProperty("route").GetString(), endpoint.RoutePattern.RawText?.TrimEnd('/'));
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => m.ToLowerInvariant());
                Assert.Equal(trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()), methods);
            }
            else
            {
                Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(CustomHandlerApi.TriggerBinding, trigger.GetProperty("name").GetString());
                Assert.Equal(expectedQueues[name!], trigger.GetProperty("queueName").GetString());
                foreach (var output in bindings.Where(b => b.GetProperty("direction").GetString() == "out"))
                {
                    Assert.Equal(CustomHandlerApi.NotificationBinding, output.GetProperty("name").GetString());
                    Assert.Equal(q.AlignResults, output.GetProperty("queueName").GetString());
                }
            }
        }
    }

    [Fact]
    public void SampleSettings_DocumentEverySettingTheAppReads()
    {
        var sample = ReadJson(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json"));
        var values = sample.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet();
        var described = sample.GetProperty("Descriptions").EnumerateObject().Select(p => p.Name).ToHashSet();

        var undocumented = SettingsCatalog.Keys.Where(k => !values.Contains(k)).ToList();
        var undescribed = values.Where(v => !described.Contains(v)).ToList();
        Assert.True(undocumented.Count == 0, "not in the sample: " + string.Join(", ", undocumented));
        Assert.True(undescribed.Count == 0, "not described: " + string.Join(", ", undescribed));
        Assert.Equal("Custom", sample.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }

    [Fact]
    public void SettingsCatalog_FindsNestedAndCollectionSettings()
    {
        Assert.Contains("Inference__Execution__IntraOpThreads", SettingsCatalog.Keys);
        Assert.Contains("Alignment__Policies__default__MaxRewrites", SettingsCatalog.Keys);
        Assert.Contains("Alignment__Policies__default__Thresholds__ethical", SettingsCatalog.Keys);
        Assert.Contains("Keys__FunctionKeys__0", SettingsCatalog.Keys);
        Assert.DoesNotContain("Orchestration__PoisonQueue", SettingsCatalog.Keys);
    }
}
