namespace Aligners.Testing;

/// <summary>
/// Settings for one app under test on a shared Azurite: its own task hub, containers and queues,
/// so tests never see each other's data; fixed keys (the audit key too); the bundled models. The
/// engine's timeouts stay host.json's, as deployed: crash recovery is tested at the speed it has.
/// </summary>
public static class HostSettings
{
    /// <summary>The function key every test app accepts.</summary>
    public const string FunctionKey = "function-key-0123456789";

    /// <summary>The admin (master) key.</summary>
    public const string AdminKey = "admin-key-0123456789abcdef";

    /// <summary>The key of reviewer <see cref="Reviewer"/>: a function key whose digest the reviewers' directory lists.</summary>
    public const string ReviewerKey = "reviewer-key-0123456789abcdef";

    /// <summary>The reviewer every test app knows.</summary>
    public const string Reviewer = "ana";

    /// <summary>The system key of the management webhooks.</summary>
    public const string SystemKey = "system-key-0123456789abcdef";

    /// <summary>The version of the audit key every test app signs with.</summary>
    public const string AuditKeyVersion = "test-1";

    /// <summary>The audit key every test app signs with (32 bytes, base64).</summary>
    public const string AuditHmacKey = "YWxpZ25lcnMtdGVzdC1hdWRpdC1rZXktMzItYnl0ZXM=";
    /// <summary>The key of the privacy findings' fingerprints (32 bytes, base64).</summary>
    public const string FingerprintKey = "cHJpdmFjeS1maW5nZXJwcmludC1rZXktZm9yLXRlc3RzLTAxMjM0NQ==";

    /// <summary>Fresh settings on <paramref name="azurite"/>.</summary>
    public static Dictionary<string, string?> Fresh(AzuriteFixture azurite) => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "h" + Guid.NewGuid().ToString("N")[..12],
        ["Storage:AuditContainer"] = AzuriteFixture.UniqueName("a"),
        ["Storage:InputsContainer"] = AzuriteFixture.UniqueName("i"),
        ["Storage:ResultsContainer"] = AzuriteFixture.UniqueName("r"),
        ["Storage:ReviewsTable"] = "rv" + Guid.NewGuid().ToString("N")[..12],
        ["Queues:AlignRequests"] = AzuriteFixture.UniqueName("q"),
        ["Queues:AlignResults"] = AzuriteFixture.UniqueName("n"),
        ["Queues:BulkRequests"] = AzuriteFixture.UniqueName("b"),
        ["Keys:FunctionKeys:0"] = FunctionKey,
        ["Keys:FunctionKeys:9"] = ReviewerKey,
        [$"Reviewers:{Reviewer}:KeySha256:0"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReviewerKey))),
        ["Keys:AdminKey"] = AdminKey,
        ["Keys:SystemKey"] = SystemKey,
        ["Audit:KeyVersion"] = AuditKeyVersion,
        ["Audit:HmacKey"] = AuditHmacKey,
        ["Privacy:FingerprintKey"] = FingerprintKey,
        ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:DurableTask"] = "Warning",
        ["Logging:LogLevel:Microsoft.DurableTask"] = "Warning",
    };
}
