using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Storage;
using Aligners.Testing;

namespace Aligners.Infra.Tests;

[Trait("Category", "Integration")]
public class SettingsTests
{
    /// <summary>Settings that have no place in Azure's app settings, and why.</summary>
    private static readonly Dictionary<string, string> NotInAzure = new()
    {
        ["AzureWebJobsStorage"] = "storage is reached by managed identity (AzureWebJobsStorage__accountName, a host setting of the function app module)",
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption sets the runtime in functionAppConfig.runtime",
        ["Llm__ApiKey"] = "Azure OpenAI is reached with Microsoft Entra ID",
        ["AlignerLlm__ApiKey"] = "the LLM aligner reaches Azure OpenAI with Microsoft Entra ID; another provider's key goes in as a Key Vault reference",
        ["InspectorLlm__ApiKey"] = "the LLM judge reaches Azure OpenAI with Microsoft Entra ID; another provider's key goes in as a Key Vault reference",
        ["Audit__Keys__0"] = "earlier audit key versions are Key Vault references made from the auditPreviousKeyVersions parameter (previousAuditKeys of the function app module)",
        ["Tenants__acme__KeySha256__0"] = "tenants are a deployment's own: added with az functionapp config appsettings set (docs/deploy.md)",
        ["Tenants__acme__DefaultPolicy"] = "tenants are a deployment's own",
        ["Tenants__acme__AppPolicies__0"] = "tenants are a deployment's own",
        ["Reviewers__ana__KeySha256__0"] = "reviewers are a deployment's own: a function key named for the reviewer, its digest added with az functionapp config appsettings set (docs/deploy.md)",
        ["Tenants__acme__Policies__default__Version"] = "tenants are a deployment's own",
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
    public void QueueAndContainerNames_AgreeWithTheCode()
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
        var app = new QueueOptions();

        Assert.Equal(storage.AuditContainer, containers.GetProperty("audit").GetString());
        Assert.Equal(storage.InputsContainer, containers.GetProperty("inputs").GetString());
        Assert.Equal(storage.ResultsContainer, containers.GetProperty("results").GetString());
        foreach (var q in new[] { app.AlignRequests, QueueOptions.PoisonOf(app.AlignRequests), app.AlignResults, app.BulkRequests, QueueOptions.PoisonOf(app.BulkRequests) })
        {
            Assert.Contains(q, queues);
        }
    }

    [Fact]
    public void FunctionApp_RunsTheIsolatedWorker()
    {
        var text = File.ReadAllText(Path.Combine(Bicep.Infra, "modules", "functionapp.bicep"));

        Assert.Contains("name: 'dotnet-isolated'", text);
        Assert.Contains("AzureWebJobsStorage__accountName", text);
    }
}
