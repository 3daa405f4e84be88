using System.Diagnostics;
using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Testing;

namespace Aligners.Functions.Tests.Deployment;

[Trait("Category", "Slow")]
public class DeploymentShapeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-publish-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonElement ReadJson(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public async Task Publish_WritesADeployableIsolatedWorkerFolder()
    {
        var folder = Path.Combine(_dir, "functionapp");
        var publish = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "publish.sh"), folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, log);

        foreach (var file in new[] { "Aligners.Functions.dll", "functions.metadata", "host.json", "worker.config.json", "models/aligner-ethical/model.json" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} is not in the published folder");
        }
        Assert.True(Directory.Exists(Path.Combine(folder, ".azurefunctions")));
        Assert.Equal(ReadJson(Path.Combine(FunctionMetadataTests.BuildOutput, "functions.metadata")).GetArrayLength(),
            ReadJson(Path.Combine(folder, "functions.metadata")).GetArrayLength());
        Assert.Empty(Directory.GetFiles(folder, "function.json", SearchOption.AllDirectories));
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
        Assert.Equal("dotnet-isolated", sample.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }

    [Fact]
    public void SettingsCatalog_FindsNestedAndCollectionSettings()
    {
        Assert.Contains("Inference__Execution__IntraOpThreads", SettingsCatalog.Keys);
        Assert.Contains("Alignment__Policies__default__MaxRewrites", SettingsCatalog.Keys);
        Assert.Contains("Alignment__Policies__default__Thresholds__ethical", SettingsCatalog.Keys);
        Assert.Contains("Retries__Llm__MaxAttempts", SettingsCatalog.Keys);
        Assert.Contains("Queues__AlignRequests", SettingsCatalog.Keys);
    }
}
