using Aligners.Inference.Execution;
using Aligners.Inference.Inspection;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Bench;

/// <summary>
/// The inspector's ONNX graph run directly through <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// on tensors built once: the floor the library's overhead is measured against.
/// </summary>
internal sealed class BareInspectorRun : IDisposable
{
    private static readonly string[] Inputs = ["input_ids", "attention_mask"];
    private static readonly string[] Outputs = ["logits"];
    private readonly InferenceSession _session;
    private readonly OrtValue _ids;
    private readonly OrtValue _mask;
    private readonly RunOptions _run = new();

    public BareInspectorRun(Inspector inspector, InspectorInput[] batch, ExecutionOptions execution, string modelsDir)
    {
        using var options = SessionFactory.CreateOptions(execution);
        _session = new InferenceSession(Path.Combine(modelsDir, inspector.Name, "model.onnx"), options);
        var width = batch.Max(b => b.InputIds.Length);
        var ids = new long[batch.Length * width];
        var mask = new long[ids.Length];
        for (var b = 0; b < batch.Length; b++)
        {
            for (var t = 0; t < batch[b].InputIds.Length; t++)
            {
                ids[b * width + t] = batch[b].InputIds[t];
                mask[b * width + t] = 1;
            }
        }
        _ids = OrtValue.CreateTensorValueFromMemory(ids, [batch.Length, width]);
        _mask = OrtValue.CreateTensorValueFromMemory(mask, [batch.Length, width]);
    }

    public void Run()
    {
        using var result = _session.Run(_run, Inputs, [_ids, _mask], Outputs);
    }

    public void Dispose()
    {
        _session.Dispose();
        _ids.Dispose();
        _mask.Dispose();
        _run.Dispose();
    }
}
