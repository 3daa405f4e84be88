using System.ComponentModel.DataAnnotations;

namespace Aligners.Inference.Inspection;

/// <summary>How the micro-batcher coalesces concurrent inspector calls.</summary>
public sealed class BatchingOptions
{
    /// <summary>The most pairs in one session run.</summary>
    [Range(1, 1024)]
    public int MaxBatchSize { get; set; } = 32;

    /// <summary>How long the first pair of a batch waits for company, in milliseconds.</summary>
    [Range(0, 1000)]
    public double MaxWaitMilliseconds { get; set; } = 2;
}
