using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Runtime;

/// <summary>
/// Where the pipeline keeps its state. Locally a connection string (Azurite); in Azure the account
/// name with managed identity, as <c>AzureWebJobsStorage__accountName</c> does for the Functions host.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>A storage connection string (shared key or SAS); takes precedence over <see cref="AccountName"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The storage account name, reached with <c>DefaultAzureCredential</c>.</summary>
    public string? AccountName { get; set; }

    /// <summary>Journals: one append blob per instance.</summary>
    [Required]
    public string JournalContainer { get; set; } = "journals";

    /// <summary>Input JSONL blobs for bulk jobs.</summary>
    [Required]
    public string InputsContainer { get; set; } = "inputs";

    /// <summary>Results: per-request JSON and bulk JSONL.</summary>
    [Required]
    public string ResultsContainer { get; set; } = "results";

    /// <summary>The instances summary table.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string InstancesTable { get; set; } = "instances";

    /// <summary>Whether any storage is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountName);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield return new ValidationResult("Storage:ConnectionString or Storage:AccountName is required.", [nameof(ConnectionString)]);
        }
    }
}
