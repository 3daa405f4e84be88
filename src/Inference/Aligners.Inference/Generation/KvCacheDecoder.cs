using Aligners.Inference.Execution;
using Aligners.Inference.Models;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Generation;

/// <summary>
/// The I/O of a decoder exported with a KV cache in the Optimum layout, and the start of a batched
/// generation on it. Holds no per-generation state, so one instance serves all threads.
/// </summary>
internal sealed class KvCacheDecoder
{
    /// <param name="session">The decoder's session.</param>
    /// <param name="io">The manifest's I/O names.</param>
    /// <param name="padId">The padding token.</param>
    /// <param name="cacheMemory">
    /// Where the KV cache lives between steps: null keeps ONNX Runtime's outputs as they come (on
    /// the CPU they already are where the next run reads them); a device's memory (CUDA) binds the
    /// cache outputs there with an I/O binding, so it never crosses to the host and back.
    /// </param>
    internal KvCacheDecoder(InferenceSession session, ManifestIo io, int padId, OrtMemoryInfo? cacheMemory = null)
    {
        Session = session;
        PadId = padId;
        CacheMemory = cacheMemory;
        Layers = io.NumLayers;
        Heads = io.NumKeyValueHeads;
        HeadDim = io.HeadDim;
        HasPositionIds = io.Inputs.Contains("position_ids");
        var past = new List<string>();
        var present = new List<string>();
        for (var i = 0; i < Layers; i++)
        {
            past.Add(string.Format(io.PastKeyFormat, i));
            past.Add(string.Format(io.PastValueFormat, i));
            present.Add(string.Format(io.PresentKeyFormat, i));
            present.Add(string.Format(io.PresentValueFormat, i));
        }
        InputNames = [.. new[] { "input_ids", "attention_mask" }.Concat(HasPositionIds ? ["position_ids"] : []).Concat(past)];
        OutputNames = [io.Outputs[0], .. present];
    }

    public InferenceSession Session { get; }

    public int PadId { get; }

    /// <summary>The memory the cache is bound to, when it is kept off the host.</summary>
    public OrtMemoryInfo? CacheMemory { get; }

    public int Layers { get; }

    public int Heads { get; }

    public int HeadDim { get; }

    public bool HasPositionIds { get; }

    /// <summary>input_ids, attention_mask, position_ids (when the graph has it), then past key/value per layer.</summary>
    public string[] InputNames { get; }

    /// <summary>logits, then present key/value per layer.</summary>
    public string[] OutputNames { get; }

    /// <summary>The past and present names, for manifest validation.</summary>
    public IEnumerable<string> CacheInputNames => InputNames.Skip(HasPositionIds ? 3 : 2);

    public IEnumerable<string> CacheOutputNames => OutputNames.Skip(1);

    public DecodeState Start(IReadOnlyList<int[]> prompts, int maxNewTokens) => new(this, prompts, maxNewTokens);
}

/// <summary>
/// One batched generation: left-padded prompts, the attention mask and positions, and the KV cache
/// as the OrtValues the last run returned. Each run's <c>present.*</c> outputs are fed back as the
/// next run's <c>past_key_values.*</c> inputs as they are, without copying; with a device cache
/// they are bound to device memory and only the logits come to the host. Buffers are allocated
/// once per generation; a step allocates only the small OrtValue wrappers.
/// </summary>
internal sealed class DecodeState : IDisposable
{
    private readonly KvCacheDecoder _decoder;
    private readonly int _batch;
    private readonly int[] _padding;
    private readonly long[] _mask;
    private readonly long[] _stepIds;
    private readonly long[] _stepPositions;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _pasts;
    private readonly OrtIoBinding? _binding;
    private IDisposableReadOnlyCollection<OrtValue>? _outputs;
    private int _total;
    private int _lastSequence;

    public DecodeState(KvCacheDecoder decoder, IReadOnlyList<int[]> prompts, int maxNewTokens)
    {
        _decoder = decoder;
        _batch = prompts.Count;
        var width = prompts.Max(p => p.Length);
        _padding = [.. prompts.Select(p => width - p.Length)];
        _mask = new long[_batch * (width + maxNewTokens + 1)];
        _stepIds = new long[_batch];
        _stepPositions = new long[_batch];
        _inputs = new OrtValue[decoder.InputNames.Length];
        _pasts = new OrtValue[decoder.Layers * 2];
        PromptWidth = width;
        Prompts = prompts;
        if (decoder.CacheMemory is not null)
        {
            _binding = decoder.Session.CreateIoBinding();
        }
    }

    public IReadOnlyList<int[]> Prompts { get; }

    public int PromptWidth { get; }

    public int Vocabulary { get; private set; }

    /// <summary>Runs the prompts through the model with an empty cache.</summary>
    public void Prefill()
    {
        var width = PromptWidth;
        var ids = new long[_batch * width];
        var positions = new long[_batch * width];
        for (var b = 0; b < _batch; b++)
        {
            var prompt = Prompts[b];
            for (var t = 0; t < width; t++)
            {
                var real = t - _padding[b];
                ids[b * width + t] = real >= 0 ? prompt[real] : _decoder.PadId;
                positions[b * width + t] = Math.Max(0, real);
            }
            _stepPositions[b] = prompt.Length - 1;
        }
        _total = width;
        var empty = new float[0];
        long[] pastShape = [_batch, _decoder.Heads, 0, _decoder.HeadDim];
        var pasts = new OrtValue[_decoder.Layers * 2];
        try
        {
            for (var i = 0; i < pasts.Length; i++)
            {
                pasts[i] = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, empty.AsMemory(), pastShape);
            }
            Run(ids, positions, width, pasts);
        }
        finally
        {
            foreach (var p in pasts)
            {
                p?.Dispose();
            }
        }
    }

    /// <summary>Feeds one token per row and extends the cache by one.</summary>
    public void Step(ReadOnlySpan<int> next)
    {
        for (var b = 0; b < _batch; b++)
        {
            _stepIds[b] = next[b];
            _stepPositions[b]++;
        }
        _total++;
        for (var i = 0; i < _pasts.Length; i++)
        {
            _pasts[i] = _outputs![i + 1];
        }
        Run(_stepIds, _stepPositions, 1, _pasts);
    }

    /// <summary>The logits of row <paramref name="row"/> at its last position, valid until the next run.</summary>
    public ReadOnlySpan<float> Logits(int row)
    {
        var all = _outputs![0].GetTensorDataAsSpan<float>();
        return all.Slice((row * _lastSequence + _lastSequence - 1) * Vocabulary, Vocabulary);
    }

    private void Run(long[] ids, long[] positions, int sequence, OrtValue[] pasts)
    {
        // Row-major [batch, total] mask: each row's left padding is 0, everything after is 1.
        var maskLength = _batch * _total;
        for (var b = 0; b < _batch; b++)
        {
            var row = _mask.AsSpan(b * _total, _total);
            row[.._padding[b]].Clear();
            row[_padding[b]..].Fill(1);
        }
        long[] shape = [_batch, sequence];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, _batch * sequence), shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _mask.AsMemory(0, maskLength), [_batch, _total]);
        using var positionValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, positions.AsMemory(0, _batch * sequence), shape);
        var k = 0;
        _inputs[k++] = idsValue;
        _inputs[k++] = maskValue;
        if (_decoder.HasPositionIds)
        {
            _inputs[k++] = positionValue;
        }
        pasts.CopyTo(_inputs, k);
        IDisposableReadOnlyCollection<OrtValue> outputs;
        try
        {
            outputs = _binding is null
                ? _decoder.Session.Run(SharedRunOptions.Default, _decoder.InputNames, _inputs, _decoder.OutputNames)
                : RunBound();
        }
        catch (OnnxRuntimeException e)
        {
            throw new InferenceException($"decoder run failed: {e.Message}", e);
        }
        _outputs?.Dispose();
        _outputs = outputs;
        _lastSequence = sequence;
        Vocabulary = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
    }

    /// <summary>One run through the I/O binding: inputs as given (the cache already on the device), outputs where bound.</summary>
    private IDisposableReadOnlyCollection<OrtValue> RunBound()
    {
        for (var i = 0; i < _inputs.Length; i++)
        {
            _binding!.BindInput(_decoder.InputNames[i], _inputs[i]);
        }
        // Outputs are bound to a device, not to buffers: the cache grows by one position a step,
        // so each run lets ONNX Runtime allocate them anew where they are bound.
        _binding!.ClearBoundOutputs();
        _binding.BindOutputToDevice(_decoder.OutputNames[0], OrtMemoryInfo.DefaultInstance);
        for (var i = 1; i < _decoder.OutputNames.Length; i++)
        {
            _binding.BindOutputToDevice(_decoder.OutputNames[i], _decoder.CacheMemory!);
        }
        _binding.SynchronizeBoundInputs();
        _decoder.Session.RunWithBinding(SharedRunOptions.Default, _binding);
        _binding.SynchronizeBoundOutputs();
        return _binding.GetOutputValues();
    }

    public void Dispose()
    {
        _outputs?.Dispose();
        _outputs = null;
        _binding?.Dispose();
    }
}
