using System.Net.Http.Json;
using System.Text.Json;
using Aligners.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aligners.Functions.Tests;

[CollectionDefinition(Name)]
public sealed class FunctionAppCollection : ICollectionFixture<FunctionAppStorage>
{
    public const string Name = "Function app";
}

/// <summary>
/// Azurite for the function app tests. The app decides whether to start its own local Azurite
/// before its configuration is final, so the storage connection goes in as an environment
/// variable, as app settings do in Azure; every test still gets its own containers and queues.
/// </summary>
public sealed class FunctionAppStorage : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Environment.SetEnvironmentVariable("Storage__ConnectionString", Azurite.ConnectionString);
    }

    public Task DisposeAsync() => Azurite.DisposeAsync();
}

/// <summary>The function app in-process (WebApplicationFactory) on fresh storage names.</summary>
public sealed class FunctionApp : WebApplicationFactory<Program>
{
    public const string FunctionKey = "function-key-0123456789";
    public const string AdminKey = "admin-key-0123456789abcdef";

    public FunctionApp(FunctionAppStorage storage, Dictionary<string, string?>? extra = null)
    {
        Settings = FreshSettings(storage);
        foreach (var (k, v) in extra ?? [])
        {
            Settings[k] = v;
        }
    }

    /// <summary>Settings with storage names no other test uses.</summary>
    public static Dictionary<string, string?> FreshSettings(FunctionAppStorage storage) => new()
        {
            ["Storage:ConnectionString"] = storage.Azurite.ConnectionString,
            ["Storage:JournalContainer"] = AzuriteFixture.UniqueName("j"),
            ["Storage:InputsContainer"] = AzuriteFixture.UniqueName("i"),
            ["Storage:ResultsContainer"] = AzuriteFixture.UniqueName("r"),
            ["Storage:InstancesTable"] = AzuriteFixture.UniqueName("t"),
            ["Orchestration:WorkQueue"] = AzuriteFixture.UniqueName("w"),
            ["Orchestration:MaxConcurrentInstances"] = "8",
            ["Queues:AlignRequests"] = AzuriteFixture.UniqueName("q"),
            ["Queues:AlignResults"] = AzuriteFixture.UniqueName("n"),
            ["Queues:BulkFanout"] = AzuriteFixture.UniqueName("f"),
            ["Keys:FunctionKeys:0"] = FunctionKey,
            ["Keys:AdminKey"] = AdminKey,
            ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
            ["Logging:LogLevel:Default"] = "Warning",
        };

    public Dictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends the function key.</summary>
    public HttpClient KeyedClient(string key = FunctionKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", key);
        return client;
    }

    /// <summary>Polls a status URL until it answers 200.</summary>
    public static async Task<JsonElement> PollAsync(HttpClient client, string url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{url} still answers {(int)response.StatusCode}");
            }
            await Task.Delay(100);
        }
    }
}
