using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Execution;

/// <summary>
/// The run options every session run passes: default settings, never changed, so one instance
/// serves all threads for the life of the process and no run allocates its own.
/// </summary>
internal static class SharedRunOptions
{
    public static RunOptions Default { get; } = new();
}
