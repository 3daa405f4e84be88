using System.ComponentModel.DataAnnotations;

namespace Aligners.Functions.Hosting;

/// <summary>Limits and budgets of the HTTP API and the bulk jobs it starts.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>How long <c>POST /api/align</c> waits for the result before answering 202.</summary>
    [Range(0, 230)]
    public double InlineBudgetSeconds { get; set; } = 30;

    /// <summary>
    /// How long <c>POST /v1/chat/completions</c> waits for the aligned answer: a plain request
    /// answers 504 after it, a stream sends an error event (Azure's load balancer drops idle
    /// responses after 230 s; a stream's keep-alives hold it open).
    /// </summary>
    [Range(1, 3600)]
    public double ChatBudgetSeconds { get; set; } = 120;

    /// <summary>Seconds between the keep-alive comments of a chat completions stream while it waits.</summary>
    [Range(0.05, 60)]
    public double ChatKeepAliveSeconds { get; set; } = 10;

    /// <summary>How often a waiting request looks at its instance, in milliseconds.</summary>
    [Range(1, 5000)]
    public int StatusPollMilliseconds { get; set; } = 20;

    /// <summary>The largest <c>POST /api/align</c> body, in bytes.</summary>
    [Range(1024, 104_857_600)]
    public long MaxAlignBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest <c>POST /api/bulk</c> body or input blob, in bytes.</summary>
    [Range(1024, 4_294_967_296)]
    public long MaxBulkBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Lines per bulk chunk (one sub-orchestration each).</summary>
    [Range(1, 1000)]
    public int BulkChunkSize { get; set; } = 10;

    /// <summary>Bulk chunks in flight at once per job.</summary>
    [Range(1, 1000)]
    public int BulkWave { get; set; } = 8;

    /// <summary>Chunks a bulk job instance runs before it continues as new (bounds its history).</summary>
    [Range(1, 100_000)]
    public int BulkChunksPerGeneration { get; set; } = 100;
}
