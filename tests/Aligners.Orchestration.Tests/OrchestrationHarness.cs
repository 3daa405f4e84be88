using Aligners.Orchestration.Client;
using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Runtime;
using Aligners.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aligners.Orchestration.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>
/// The orchestration as the app composes it, over real Azurite and the bundled models, with its
/// own containers, queues and table so tests never see each other's data.
/// </summary>
public sealed class OrchestrationHarness : IAsyncDisposable
{
    private OrchestrationHarness(IHost host, Dictionary<string, string?> settings)
    {
        Host = host;
        Settings = settings;
    }

    public IHost Host { get; }

    public Dictionary<string, string?> Settings { get; }

    public AlignmentClient Client => Host.Services.GetRequiredService<AlignmentClient>();

    public InstanceRunner Runner => Host.Services.GetRequiredService<InstanceRunner>();

    public JournalStore Journals => Host.Services.GetRequiredService<JournalStore>();

    public WorkQueue Queue => Host.Services.GetRequiredService<WorkQueue>();

    public InstanceIndex Index => Host.Services.GetRequiredService<InstanceIndex>();

    /// <summary>Fresh storage names for one test.</summary>
    public static Dictionary<string, string?> NewSettings(AzuriteFixture azurite) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:JournalContainer"] = AzuriteFixture.UniqueName("j"),
        ["Storage:InputsContainer"] = AzuriteFixture.UniqueName("i"),
        ["Storage:ResultsContainer"] = AzuriteFixture.UniqueName("r"),
        ["Storage:InstancesTable"] = AzuriteFixture.UniqueName("t"),
        ["Orchestration:WorkQueue"] = AzuriteFixture.UniqueName("w"),
        ["Orchestration:ListenToQueues"] = "false",
        ["Orchestration:ActivityRetryBaseDelayMilliseconds"] = "10",
        ["Orchestration:ActivityRetryMaxDelayMilliseconds"] = "2000",
        ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
    };

    /// <summary>Starts a host; a second host over the same settings is a second worker.</summary>
    public static async Task<OrchestrationHarness> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddAlignmentOrchestration();
        var host = builder.Build();
        await host.StartAsync();
        return new OrchestrationHarness(host, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
