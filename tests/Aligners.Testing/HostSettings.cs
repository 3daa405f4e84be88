namespace Aligners.Testing;

/// <summary>
/// Settings for one app under test on a shared Azurite: its own task hub, containers and queues,
/// so tests never see each other's data; fixed keys; the bundled models; timeouts short enough
/// for crash recovery to happen within a test.
/// </summary>
public static class HostSettings
{
    /// <summary>The function key every test app accepts.</summary>
    public const string FunctionKey = "function-key-0123456789";

    /// <summary>The admin (master) key.</summary>
    public const string AdminKey = "admin-key-0123456789abcdef";

    /// <summary>The system key of the management webhooks.</summary>
    public const string SystemKey = "system-key-0123456789abcdef";

    /// <summary>The key of the privacy findings' fingerprints (32 bytes, base64).</summary>
    public const string FingerprintKey = "cHJpdmFjeS1maW5nZXJwcmludC1rZXktZm9yLXRlc3RzLTAxMjM0NQ==";

    /// <summary>Fresh settings on <paramref name="azurite"/>.</summary>
    public static Dictionary<string, string?> Fresh(AzuriteFixture azurite) => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "h" + Guid.NewGuid().ToString("N")[..12],
        ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:workItemQueueVisibilityTimeout"] = "00:00:15",
        ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:controlQueueVisibilityTimeout"] = "00:00:15",
        ["Storage:AuditContainer"] = AzuriteFixture.UniqueName("a"),
        ["Storage:InputsContainer"] = AzuriteFixture.UniqueName("i"),
        ["Storage:ResultsContainer"] = AzuriteFixture.UniqueName("r"),
        ["Storage:ReviewsTable"] = "rv" + Guid.NewGuid().ToString("N")[..12],
        ["Queues:AlignRequests"] = AzuriteFixture.UniqueName("q"),
        ["Queues:AlignResults"] = AzuriteFixture.UniqueName("n"),
        ["Queues:BulkRequests"] = AzuriteFixture.UniqueName("b"),
        ["Keys:FunctionKeys:0"] = FunctionKey,
        ["Keys:AdminKey"] = AdminKey,
        ["Keys:SystemKey"] = SystemKey,
        ["Privacy:FingerprintKey"] = FingerprintKey,
        ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:DurableTask"] = "Warning",
        ["Logging:LogLevel:Microsoft.DurableTask"] = "Warning",
    };
}
