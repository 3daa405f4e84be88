using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Storage;

/// <summary>
/// The containers and the table the pipeline keeps its own data in. The account is the function app's own,
/// <c>AzureWebJobsStorage</c>, which the engine and the queue triggers use too.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Audit records: one append blob per instance (write-once in Azure).</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string AuditContainer { get; set; } = "audit";

    /// <summary>Input JSONL blobs of bulk jobs.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string InputsContainer { get; set; } = "inputs";

    /// <summary>Results: per-request JSON of the queue path and bulk JSONL.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ResultsContainer { get; set; } = "results";

    /// <summary>The review queue: one row per answer a reviewer should look at.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string ReviewsTable { get; set; } = "reviews";
}
