using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Execution;

/// <summary>Creates ONNX Runtime sessions from <see cref="ExecutionOptions"/>.</summary>
public static class SessionFactory
{
    /// <summary>The execution providers this build of ONNX Runtime carries.</summary>
    public static IReadOnlyList<string> AvailableProviders => OrtEnv.Instance().GetAvailableProviders();

    /// <summary>Opens <paramref name="onnxPath"/> with the given options.</summary>
    /// <exception cref="InferenceException">CUDA was asked for in a CPU build, or the file does not load.</exception>
    public static InferenceSession Create(string onnxPath, ExecutionOptions options)
    {
        using var so = CreateOptions(options);
        try
        {
            return new InferenceSession(onnxPath, so);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InferenceException($"{onnxPath}: ONNX Runtime could not load the model: {e.Message}", e);
        }
    }

    /// <summary>
    /// Where a decoder keeps its KV cache between steps: the CUDA device's memory when running on
    /// CUDA (so the cache never crosses to the host), else wherever ONNX Runtime puts its outputs.
    /// </summary>
    public static OrtMemoryInfo? CacheMemory(ExecutionOptions options) => options.Device == "cuda"
        ? new OrtMemoryInfo(OrtMemoryInfo.allocatorCUDA, OrtAllocatorType.DeviceAllocator, options.CudaDeviceId, OrtMemType.Default)
        : null;

    /// <summary>Session options for the given execution options (the caller disposes them).</summary>
    public static SessionOptions CreateOptions(ExecutionOptions options)
    {
        var so = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = options.InterOpThreads,
            GraphOptimizationLevel = options.GraphOptimization switch
            {
                "disabled" => GraphOptimizationLevel.ORT_DISABLE_ALL,
                "basic" => GraphOptimizationLevel.ORT_ENABLE_BASIC,
                "extended" => GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
                _ => GraphOptimizationLevel.ORT_ENABLE_ALL,
            },
        };
        if (!options.AllowSpinning)
        {
            so.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }
        if (options.Device == "cuda")
        {
            if (!AvailableProviders.Contains("CUDAExecutionProvider"))
            {
                so.Dispose();
                throw new InferenceException(
                    "Execution:Device is 'cuda', but this build carries the CPU-only ONNX Runtime " +
                    $"(providers: {string.Join(", ", AvailableProviders)}). Build with -p:UseCuda=true " +
                    "(see src/Inference/README.md) or set Execution:Device to 'cpu'.");
            }
            so.AppendExecutionProvider_CUDA(options.CudaDeviceId);
        }
        return so;
    }
}
