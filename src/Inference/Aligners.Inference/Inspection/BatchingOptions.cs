using System.ComponentModel.DataAnnotations;

namespace Aligners.Inference.Inspection;

/// <summary>How the micro-batcher coalesces concurrent inspector calls.</summary>
public sealed class BatchingOptions
{
    /// <summary>
    /// <c>auto</c> (default): batch only where a short calibration at load shows a batch to be much
    /// cheaper per pair than single runs on the device in use (a GPU; seldom a small CPU, where one
    /// pair already keeps the cores busy); <c>on</c>: always batch; <c>off</c>: every call runs alone.
    /// </summary>
    [RegularExpression("^(auto|on|off)$", ErrorMessage = "Batching:Mode must be auto, on or off.")]
    public string Mode { get; set; } = "auto";

    /// <summary>The most pairs in one session run.</summary>
    [Range(1, 1024)]
    public int MaxBatchSize { get; set; } = 32;

    /// <summary>How long the first pair of a batch waits for company, in milliseconds.</summary>
    [Range(0, 1000)]
    public double MaxWaitMilliseconds { get; set; } = 2;
}
