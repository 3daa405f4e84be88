using System.Security.Cryptography;

namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// One local host on the shared Azurite with two tenants besides the default one, each with a key of
/// its own: the ground on which the attack suite tries to cross from one customer to another.
/// </summary>
public sealed class TwoTenantsFixture : IAsyncLifetime
{
    public const string AcmeKey = "acme-key-0123456789abcdef";

    public const string GlobexKey = "globex-key-0123456789abcdef";

    public AzuriteFixture Azurite { get; } = new();

    public LocalHostProcess Host { get; private set; } = null!;

    public Dictionary<string, string?> Settings { get; private set; } = null!;

    public BlobContainerClient Inputs => new(Azurite.ConnectionString, Settings["Storage:InputsContainer"]);

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Settings = HostSettings.Fresh(Azurite);
        Settings["Keys:FunctionKeys:1"] = AcmeKey;
        Settings["Keys:FunctionKeys:2"] = GlobexKey;
        Settings["Tenants:acme:KeySha256:0"] = Sha256(AcmeKey);
        Settings["Tenants:globex:KeySha256:0"] = Sha256(GlobexKey);
        // App-wide policies: the default, a shadow one and one that names its criteria. Acme may
        // use the default alone; Globex is allowed "checked" as well.
        Settings["Alignment:Policies:default:Version"] = "1";
        Settings["Alignment:Policies:quiet:Shadow"] = "true";
        Settings["Alignment:Policies:checked:Criteria:0"] = "helpful";
        Settings["Alignment:Policies:checked:Criteria:1"] = "ethical";
        Settings["Tenants:globex:AppPolicies:0"] = "checked";
        // Synchronous answers even on a loaded machine: the attacks are on access, not on speed.
        Settings["Api:InlineBudgetSeconds"] = "180";
        Host = await LocalHostProcess.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>Runs a small bulk job for <paramref name="key"/>'s tenant to its end; its job id.</summary>
    public async Task<string> RunBulkJobAsync(string key, string secret)
    {
        var client = Host.Client(key);
        var body = JsonSerializer.Serialize(new { id = "row-0", prompt = $"What is my account number? It is {secret}.", response = "I don't know." });
        var start = await client.PostAsync("api/bulk", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await client.GetFromJsonAsync<JsonElement>($"api/bulk/{jobId}")).GetProperty("status").GetString() != "Completed")
        {
            Assert.True(DateTime.UtcNow < deadline, $"bulk job {jobId} did not complete");
            await Task.Delay(200);
        }
        return jobId;
    }

    private static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
