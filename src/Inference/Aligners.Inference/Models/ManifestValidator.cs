using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Aligners.Inference.Models;

/// <summary>Reads a <c>model.json</c> and checks it against its files; errors name the file and field.</summary>
internal static partial class ManifestValidator
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();

    public static ModelManifest Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(file), ModelManifest.Json)
                ?? throw new ModelManifestException(file, "$", "is empty");
        }
        catch (JsonException e)
        {
            throw new ModelManifestException(file, e.Path ?? "$", $"is not valid JSON for a manifest: {e.Message}", e);
        }
    }

    /// <summary>Checks everything that needs no session; returns the resolved ONNX path.</summary>
    public static string CheckFields(ModelManifest m, string file)
    {
        void Fail(string field, string problem) => throw new ModelManifestException(file, field, problem);

        if (m.SchemaVersion != 1)
        {
            Fail("schemaVersion", $"is {m.SchemaVersion}; this version reads 1");
        }
        if (!Slug().IsMatch(m.Name))
        {
            Fail("name", $"'{m.Name}' must be lower-case letters, digits and dashes");
        }
        if (m.Kind is not ("inspector" or "aligner"))
        {
            Fail("kind", $"'{m.Kind}' is not one of inspector, aligner");
        }
        if (!Slug().IsMatch(m.Criterion))
        {
            Fail("criterion", $"'{m.Criterion}' must be lower-case letters, digits and dashes");
        }
        if (m.MaxInputTokens < 8)
        {
            Fail("maxInputTokens", $"is {m.MaxInputTokens}; it must be at least 8");
        }
        if (m.InputFormat == Inspection.Inspector.SentenceEmbeddings)
        {
            if (m.ParsedKind != ModelKind.Inspector || m.Io.Inputs is not ["features"])
            {
                Fail("io.inputs", "a sentence-embeddings inspector takes one input, features");
            }
        }
        else if (m.Io.Inputs.Count == 0 || !m.Io.Inputs.Contains("input_ids") || !m.Io.Inputs.Contains("attention_mask"))
        {
            Fail("io.inputs", "must list input_ids and attention_mask");
        }
        if (m.Io.Outputs.Count == 0)
        {
            Fail("io.outputs", "must name the logits output first");
        }
        if (m.ParsedKind == ModelKind.Inspector)
        {
            if (m.Threshold is <= 0 or >= 1 || double.IsNaN(m.Threshold))
            {
                Fail("threshold", $"is {m.Threshold}; it must be between 0 and 1");
            }
            if (m.Io.AlignedClass < 0)
            {
                Fail("io.alignedClass", "must not be negative");
            }
            if (m.Io.RowsPerRun < 0)
            {
                Fail("io.rowsPerRun", $"is {m.Io.RowsPerRun}; it must be 0 (no limit) or more");
            }
        }
        else
        {
            if (m.MaxOutputTokens < 1)
            {
                Fail("maxOutputTokens", $"is {m.MaxOutputTokens}; it must be at least 1");
            }
            if (m.Io.NumLayers < 1 || m.Io.NumKeyValueHeads < 1 || m.Io.HeadDim < 1)
            {
                Fail("io.numLayers", "numLayers, numKeyValueHeads and headDim must all be at least 1");
            }
            if (m.ConfidenceFloor is > 0 or double.NaN)
            {
                Fail("confidenceFloor", $"is {m.ConfidenceFloor}; a mean log-probability is at most 0");
            }
            if (m.StockSentences is { } stock && !File.Exists(Path.Combine(Path.GetDirectoryName(file)!, stock)))
            {
                Fail("stockSentences", $"file '{Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, stock))}' does not exist");
            }
        }
        if (string.IsNullOrWhiteSpace(m.Onnx))
        {
            Fail("onnx", "is required");
        }
        var onnx = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, m.Onnx));
        if (!File.Exists(onnx))
        {
            Fail("onnx", $"file '{onnx}' does not exist");
        }
        if (m.Sha256.Length != 64)
        {
            Fail("sha256", "must be 64 hex digits");
        }
        return onnx;
    }

    public static void CheckHash(ModelManifest m, string file, string onnx, IDictionary<string, string> hashCache)
    {
        if (!hashCache.TryGetValue(onnx, out var actual))
        {
            using var stream = File.OpenRead(onnx);
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            hashCache[onnx] = actual;
        }
        if (!string.Equals(actual, m.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelManifestException(file, "sha256", $"does not match the ONNX file (manifest {m.Sha256}, file {actual})");
        }
    }

    public static void CheckGraph(ModelManifest m, string file, InferenceSession session, IEnumerable<string> cacheInputs,
        IEnumerable<string> cacheOutputs)
    {
        foreach (var (name, i) in m.Io.Inputs.Select((n, i) => (n, i)))
        {
            if (!session.InputMetadata.ContainsKey(name))
            {
                throw new ModelManifestException(file, $"io.inputs[{i}]",
                    $"'{name}' is not an input of the graph (inputs: {string.Join(", ", session.InputMetadata.Keys.Take(8))})");
            }
        }
        foreach (var (name, i) in m.Io.Outputs.Select((n, i) => (n, i)))
        {
            if (!session.OutputMetadata.ContainsKey(name))
            {
                throw new ModelManifestException(file, $"io.outputs[{i}]",
                    $"'{name}' is not an output of the graph (outputs: {string.Join(", ", session.OutputMetadata.Keys.Take(8))})");
            }
        }
        foreach (var name in cacheInputs)
        {
            if (!session.InputMetadata.TryGetValue(name, out var meta))
            {
                throw new ModelManifestException(file, "io.pastKeyFormat", $"'{name}' is not an input of the graph");
            }
            if (meta.ElementDataType != TensorElementType.Float)
            {
                throw new ModelManifestException(file, "io.pastKeyFormat", $"'{name}' is {meta.ElementDataType}; only float32 caches are supported");
            }
        }
        foreach (var name in cacheOutputs)
        {
            if (!session.OutputMetadata.ContainsKey(name))
            {
                throw new ModelManifestException(file, "io.presentKeyFormat", $"'{name}' is not an output of the graph");
            }
        }
    }
}
