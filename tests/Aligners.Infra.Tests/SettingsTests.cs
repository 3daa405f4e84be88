using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Runtime;
using Aligners.Testing;

namespace Aligners.Infra.Tests;

public class SettingsTests
{
    /// <summary>Settings that have no place in Azure's app settings, and why.</summary>
    private static readonly Dictionary<string, string> NotInAzure = new()
    {
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "set by the Functions host",
        ["Storage__ConnectionString"] = "storage is reached by managed identity (Storage__AccountName)",
        ["Llm__ApiKey"] = "Azure OpenAI is reached with Microsoft Entra ID",
        ["LocalStorage__BlobPort"] = "local Azurite only",
        ["LocalStorage__QueuePort"] = "local Azurite only",
        ["LocalStorage__TablePort"] = "local Azurite only",
        ["LocalStorage__DataDirectory"] = "local Azurite only",
    };

    private static readonly JsonElement Template = Bicep.CompileMain();

    private static HashSet<string> BicepAppSettings() =>
        [.. Bicep.ModuleParameter(Template, "functionapp", "appSettings").EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void EverySettingTheCodeReads_IsInTheBicepAppSettings()
    {
        var bicep = BicepAppSettings();

        var missing = SettingsCatalog.Keys.Where(k => !NotInAzure.ContainsKey(k) && !bicep.Contains(k)).ToList();

        Assert.True(missing.Count == 0, "not in main.bicep's app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryBicepAppSetting_IsInTheSampleSettings()
    {
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json")))
            .RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet();

        var extra = BicepAppSettings().Where(k => !sample.Contains(k)).ToList();

        Assert.True(extra.Count == 0, "in main.bicep but not in local.settings.sample.json: " + string.Join(", ", extra));
    }

    [Fact]
    public void QueueContainerAndTableNames_AgreeWithTheCode()
    {
        var variables = Template.GetProperty("variables");
        Assert.Equal("[variables('containers')]", Bicep.ModuleParameter(Template, "storage", "containers").GetString());
        var containers = variables.GetProperty("containers");
        var queueNames = variables.GetProperty("queues");
        // The storage module's queues are variables('queues').x, some with '-poison' appended.
        var queues = Bicep.ModuleParameter(Template, "storage", "queues").EnumerateArray().Select(q =>
        {
            var m = System.Text.RegularExpressions.Regex.Match(q.GetString()!, @"variables\('queues'\)\.(\w+)");
            return queueNames.GetProperty(m.Groups[1].Value).GetString() + (q.GetString()!.Contains("-poison") ? "-poison" : "");
        }).ToHashSet();
        var storage = new StorageOptions();
        var orchestration = new OrchestrationOptions();
        var app = new QueueOptions();

        Assert.Equal(storage.JournalContainer, containers.GetProperty("journals").GetString());
        Assert.Equal(storage.InputsContainer, containers.GetProperty("inputs").GetString());
        Assert.Equal(storage.ResultsContainer, containers.GetProperty("results").GetString());
        Assert.Equal(storage.InstancesTable, variables.GetProperty("instancesTable").GetString());
        foreach (var q in new[] { orchestration.WorkQueue, orchestration.PoisonQueue, app.AlignRequests, app.AlignRequests + "-poison", app.AlignResults, app.BulkFanout, app.BulkFanout + "-poison" })
        {
            Assert.Contains(q, queues);
        }
        var functionQueues = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "functions"), "function.json", SearchOption.AllDirectories)
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("bindings").EnumerateArray())
            .Where(b => b.TryGetProperty("queueName", out _)).Select(b => b.GetProperty("queueName").GetString()!);
        Assert.All(functionQueues, q => Assert.Contains(q, queues));
    }

    [Fact]
    public void Dockerfiles_PublishProjectsThatExistAndExposeTheProbedPort()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Bicep.Infra, "docker"), "*.Dockerfile"))
        {
            var text = File.ReadAllText(file);
            var project = System.Text.RegularExpressions.Regex.Match(text, @"dotnet publish (\S+\.csproj)").Groups[1].Value;
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), $"{Path.GetFileName(file)} publishes {project}");
            Assert.Contains("EXPOSE 8080", text);
        }
        Assert.Contains("targetPort: 8080", File.ReadAllText(Path.Combine(Bicep.Infra, "modules", "containerapps.bicep")));
        Assert.Contains("-p:UseCuda=true", File.ReadAllText(Path.Combine(Bicep.Infra, "docker", "inference-gpu.Dockerfile")));
    }
}
