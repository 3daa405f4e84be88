using Aligners.Inference.Execution;

namespace Aligners.Inference.Tests;

/// <summary>The bundled models' golden files, written by the training pipeline from PyTorch.</summary>
internal static class Golden
{
    public static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Golden, name))).RootElement;

    public static int[] Ints(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetInt32())];

    public static float[] Floats(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetSingle())];

    public static readonly string[] Criteria = ["ethical", "factuality", "helpful"];

    /// <summary>Criteria whose bundled inspector reads tokens (all of them: none is an embedding head).</summary>
    public static readonly string[] TokenInspectors = ["ethical", "factuality", "helpful"];
}

/// <summary>One registry of the bundled models for a test class.</summary>
public sealed class BundledModels : IDisposable
{
    public ModelRegistry Registry { get; } = ModelRegistry.Load(RepositoryPaths.Models, new ExecutionOptions());

    public void Dispose() => Registry.Dispose();
}
