using System.Buffers;
using Aligners.Inference.Execution;
using Aligners.Inference.Models;
using Aligners.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Inspection;

/// <summary>
/// A criterion's inspector: scores (prompt, response) pairs with P(aligned), the softmax of the
/// aligned class. A token inspector reads the pair's tokens (batches right-padded); an embedding
/// inspector (<c>inputFormat: sentence-embeddings</c>) reads <see cref="EmbeddingFeatures"/> of the
/// pretrained sentence encoder. Thread-safe (ONNX Runtime sessions allow concurrent runs).
/// </summary>
public sealed class Inspector
{
    /// <summary>The input format of inspectors that read sentence embeddings.</summary>
    public const string SentenceEmbeddings = "sentence-embeddings";

    private readonly InferenceSession _session;
    private readonly PairLayout? _layout;
    private readonly EmbeddingFeatures? _features;
    private readonly TextTokenizer? _tokenizer;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly bool _feedsTokenTypes;
    private readonly int _alignedClass;
    private readonly int _rowsPerRun;

    internal Inspector(ModelManifest manifest, InferenceSession session, TextTokenizer? tokenizer, string manifestFile, EmbeddingFeatures? features = null)
    {
        Manifest = manifest;
        _session = session;
        _tokenizer = tokenizer;
        if (manifest.InputFormat == SentenceEmbeddings)
        {
            _features = features ?? throw new ModelManifestException(manifestFile, "inputFormat", "sentence-embeddings needs the sentence encoder");
        }
        else
        {
            _layout = PairLayout.Create(manifest.InputFormat, tokenizer
                ?? throw new ModelManifestException(manifestFile, "tokenizer", "is required"), manifest.MaxInputTokens, manifestFile);
        }
        _feedsTokenTypes = manifest.Io.Inputs.Contains("token_type_ids");
        _inputNames = [.. manifest.Io.Inputs];
        _outputNames = [manifest.Io.Outputs[0]];
        _alignedClass = manifest.Io.AlignedClass;
        _rowsPerRun = manifest.Io.RowsPerRun;
    }

    /// <summary>The manifest the inspector was loaded from.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The model name.</summary>
    public string Name => Manifest.Name;

    /// <summary>The criterion it scores.</summary>
    public string Criterion => Manifest.Criterion;

    /// <summary>The default threshold below which the criterion is flagged.</summary>
    public double Threshold => Manifest.Threshold;

    /// <summary>The tokenizer of a token inspector.</summary>
    /// <exception cref="InferenceException">The inspector reads sentence embeddings, not tokens.</exception>
    public TextTokenizer Tokenizer => _tokenizer ?? throw new InferenceException($"{Name} reads sentence embeddings, not tokens");

    /// <summary>Whether the inspector reads sentence embeddings rather than tokens.</summary>
    public bool ReadsEmbeddings => _features is not null;

    /// <summary>Encodes a pair under the model's input format and truncation rule.</summary>
    public InspectorInput Encode(string prompt, string response) =>
        _layout?.Encode(prompt, response) ?? new InspectorInput([], [], prompt, response);

    /// <summary>P(aligned) for each pair, in one batched run.</summary>
    public float[] Score(IReadOnlyList<(string Prompt, string Response)> pairs)
    {
        var inputs = new InspectorInput[pairs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = Encode(pairs[i].Prompt, pairs[i].Response);
        }
        var scores = new float[inputs.Length];
        Score(inputs, scores);
        return scores;
    }

    /// <summary>
    /// P(aligned) for encoded inputs, written to <paramref name="scores"/>. Rows are grouped by
    /// length into as few runs as keep the padding small (<see cref="LengthBuckets"/>), and no run
    /// holds more rows than the manifest's <c>io.rowsPerRun</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is shorter than <paramref name="inputs"/>.</exception>
    public void Score(ReadOnlySpan<InspectorInput> inputs, Span<float> scores)
    {
        var n = inputs.Length;
        if (scores.Length < n)
        {
            throw new ArgumentException($"scores holds {scores.Length} values for {n} inputs.", nameof(scores));
        }
        if (n == 0)
        {
            return;
        }
        int[] rowsArray = ArrayPool<int>.Shared.Rent(n), lengthsArray = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<int> rows = rowsArray.AsSpan(0, n), lengths = lengthsArray.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                rows[i] = i;
                lengths[i] = inputs[i].InputIds.Length;
            }
            lengths.Sort(rows);
            for (var start = 0; start < n;)
            {
                var count = LengthBuckets.Next(lengths, start);
                var run = rows.Slice(start, count);
                var classes = 0;
                var logits = RunLogits(inputs, run, ref classes);
                for (var k = 0; k < count; k++)
                {
                    scores[run[k]] = Softmax(logits.AsSpan(k * classes, classes), _alignedClass);
                }
                start += count;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rowsArray);
            ArrayPool<int>.Shared.Return(lengthsArray);
        }
    }

    /// <summary>Raw logits [batch, classes], for parity checks against the training code.</summary>
    public float[][] Logits(ReadOnlySpan<InspectorInput> inputs)
    {
        var classes = 0;
        var order = new int[inputs.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var flat = RunLogits(inputs, order, ref classes);
        var rows = new float[inputs.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = flat.AsSpan(i * classes, classes).ToArray();
        }
        return rows;
    }

    /// <summary>One session run over the rows of <paramref name="inputs"/> named by <paramref name="rows"/>, in that order.</summary>
    private float[] RunLogits(ReadOnlySpan<InspectorInput> inputs, ReadOnlySpan<int> rows, ref int classes)
    {
        if (_features is not null)
        {
            return RunFeatureLogits(inputs, rows, ref classes);
        }
        if (_rowsPerRun > 0 && rows.Length > _rowsPerRun)
        {
            var joined = new List<float>();
            for (var start = 0; start < rows.Length; start += _rowsPerRun)
            {
                joined.AddRange(RunLogits(inputs, rows.Slice(start, Math.Min(_rowsPerRun, rows.Length - start)), ref classes));
            }
            return [.. joined];
        }
        var batch = rows.Length;
        var width = 0;
        foreach (var r in rows)
        {
            width = Math.Max(width, inputs[r].InputIds.Length);
        }
        var size = batch * width;
        var pool = ArrayPool<long>.Shared;
        long[] ids = pool.Rent(size), mask = pool.Rent(size), types = pool.Rent(size);
        try
        {
            ids.AsSpan(0, size).Fill(Tokenizer.PadId);
            mask.AsSpan(0, size).Clear();
            types.AsSpan(0, size).Clear();
            for (var b = 0; b < batch; b++)
            {
                var x = inputs[rows[b]];
                for (var t = 0; t < x.InputIds.Length; t++)
                {
                    ids[b * width + t] = x.InputIds[t];
                    mask[b * width + t] = 1;
                    types[b * width + t] = x.TokenTypeIds[t];
                }
            }
            long[] shape = [batch, width];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, size), shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, size), shape);
            using var typesValue = _feedsTokenTypes
                ? OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, types.AsMemory(0, size), shape)
                : null;
            var values = new OrtValue[_inputNames.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = _inputNames[i] switch
                {
                    "input_ids" => idsValue,
                    "attention_mask" => maskValue,
                    "token_type_ids" => typesValue!,
                    var n => throw new InferenceException($"{Name}: unsupported inspector input '{n}'"),
                };
            }
            using var outputs = _session.Run(SharedRunOptions.Default, _inputNames, values, _outputNames);
            var logits = outputs[0];
            classes = (int)logits.GetTensorTypeAndShape().Shape[^1];
            return logits.GetTensorDataAsSpan<float>().ToArray();
        }
        finally
        {
            pool.Return(ids);
            pool.Return(mask);
            pool.Return(types);
        }
    }

    private float[] RunFeatureLogits(ReadOnlySpan<InspectorInput> inputs, ReadOnlySpan<int> rows, ref int classes)
    {
        var pairs = new (string, string)[rows.Length];
        for (var b = 0; b < rows.Length; b++)
        {
            var x = inputs[rows[b]];
            pairs[b] = (x.Prompt ?? throw new ArgumentException($"{Name} reads sentence embeddings: encode inputs with its Encode"), x.Response ?? "");
        }
        return LogitsOfFeatures(_features!.Build(pairs), rows.Length, out classes);
    }

    /// <summary>The head's logits for rows of features built elsewhere (the training code's, in parity checks).</summary>
    internal float[] LogitsOfFeatures(float[] features, int rows, out int classes)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(features, [rows, features.Length / rows]);
        using var outputs = _session.Run(SharedRunOptions.Default, _inputNames, [value], _outputNames);
        classes = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static float Softmax(ReadOnlySpan<float> logits, int index) => (float)Math.Exp(LogSoftmax.At(logits, index));
}
