using System.ComponentModel.DataAnnotations;

namespace Aligners.Functions.Hosting;

/// <summary>Limits and budgets of the HTTP API.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>How long <c>POST /api/align</c> advances an instance inline before answering 202.</summary>
    [Range(0, 600)]
    public double InlineBudgetSeconds { get; set; } = 30;

    /// <summary>The largest <c>POST /api/align</c> body, in bytes.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxAlignBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest <c>POST /api/bulk</c> body or input blob, in bytes.</summary>
    [Range(1024, 4_294_967_296)]
    public long MaxBulkBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most lines in one bulk job.</summary>
    [Range(1, 10_000_000)]
    public int MaxBulkLines { get; set; } = 100_000;

    /// <summary>The longest prompt or response, in characters.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextCharacters { get; set; } = 100_000;
}

/// <summary>The queues of the function app besides the orchestration's work queue.</summary>
public sealed class QueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Queues";

    /// <summary>Align requests from other systems, one per message.</summary>
    [Required]
    public string AlignRequests { get; set; } = "align-requests";

    /// <summary>Notifications that a queued request's result is in the results container.</summary>
    [Required]
    public string AlignResults { get; set; } = "align-results";

    /// <summary>Bulk fan-out: each message starts the instances of a slice of a job's lines.</summary>
    [Required]
    public string BulkFanout { get; set; } = "bulk-fanout";

    /// <summary>Lines per fan-out message.</summary>
    [Range(1, 1000)]
    public int FanoutChunk { get; set; } = 50;

    /// <summary>How long a queued align request may run inline before its message is retried, in seconds.</summary>
    [Range(1, 3600)]
    public double AlignRequestBudgetSeconds { get; set; } = 120;
}
