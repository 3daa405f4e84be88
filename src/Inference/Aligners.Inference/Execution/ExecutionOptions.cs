using System.ComponentModel.DataAnnotations;

namespace Aligners.Inference.Execution;

/// <summary>How ONNX Runtime sessions run: threads, graph optimization and device.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Threads inside one operator; 0 lets ONNX Runtime choose (one per physical core).</summary>
    [Range(0, 256)]
    public int IntraOpThreads { get; set; }

    /// <summary>Threads across independent operators; 0 lets ONNX Runtime choose.</summary>
    [Range(0, 256)]
    public int InterOpThreads { get; set; }

    /// <summary>
    /// Whether ONNX Runtime's operator threads spin between runs (ONNX Runtime's own default).
    /// Spinning lowers the latency of one call by about a quarter but burns the cores that
    /// concurrent callers, the micro-batcher and, in the function app, the orchestration engine
    /// need: off by default, measured in docs/performance.md.
    /// </summary>
    public bool AllowSpinning { get; set; }

    /// <summary>Graph optimization level: <c>disabled</c>, <c>basic</c>, <c>extended</c> or <c>all</c>.</summary>
    [RegularExpression("^(disabled|basic|extended|all)$", ErrorMessage = "GraphOptimization must be disabled, basic, extended or all.")]
    public string GraphOptimization { get; set; } = "all";

    /// <summary>
    /// <c>cpu</c>, or <c>cuda</c> in a build made with <c>-p:UseCuda=true</c> (see the project README).
    /// </summary>
    [RegularExpression("^(cpu|cuda)$", ErrorMessage = "Device must be cpu or cuda.")]
    public string Device { get; set; } = "cpu";

    /// <summary>The CUDA device ordinal when <see cref="Device"/> is <c>cuda</c>.</summary>
    [Range(0, 64)]
    public int CudaDeviceId { get; set; }
}
