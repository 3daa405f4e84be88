using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Requests;

/// <summary>Size limits every entry point applies to align requests.</summary>
public sealed class RequestLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Requests";

    /// <summary>The longest prompt or response, in characters.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextCharacters { get; set; } = 100_000;

    /// <summary>The most lines in one bulk job.</summary>
    [Range(1, 10_000_000)]
    public int MaxBulkLines { get; set; } = 100_000;

    /// <summary>The longest caller id or idempotency key, in characters.</summary>
    [Range(1, 1024)]
    public int MaxIdCharacters { get; set; } = 200;
}
