using Aligners.Inference.Embedding;
using Aligners.Inference.Generation;
using Aligners.Inference.Inspection;
using Aligners.Inference.Models;

namespace Aligners.Inference.Client;

/// <summary>
/// In-process inference on a <see cref="ModelRegistry"/>: inspector calls go through one
/// micro-batcher per inspector; rewrites run on the thread pool.
/// </summary>
public sealed class LocalInference : IAlignmentInference, IAsyncDisposable
{
    private readonly ModelRegistry _registry;
    private readonly Dictionary<string, InspectorBatcher> _batchers;
    private readonly IReadOnlyList<ModelDescription> _models;
    private readonly Lazy<SentenceEncoder>? _encoder;

    /// <summary>
    /// Wraps <paramref name="registry"/> (which this instance then owns and disposes); the sentence
    /// encoder, when given, loads on first use.
    /// </summary>
    public LocalInference(ModelRegistry registry, BatchingOptions batching, Func<SentenceEncoder>? encoder = null)
    {
        _registry = registry;
        // The embedding inspectors' encoder serves similarities too: one copy of the model in memory.
        _encoder = registry.Features is { } shared ? new Lazy<SentenceEncoder>(() => shared.Encoder)
            : encoder is null ? null : new Lazy<SentenceEncoder>(encoder);
        _batchers = registry.Inspectors.ToDictionary(p => p.Key, p => new InspectorBatcher(p.Value, batching));
        _models = [.. registry.Models.Select(m => new ModelDescription(m.Name, m.Kind.ToString().ToLowerInvariant(), m.Criterion, m.Sha256,
            m.Kind == ModelKind.Inspector ? registry.GetInspector(m.Criterion).Threshold : null))];
    }

    /// <summary>The registry behind this instance.</summary>
    public ModelRegistry Registry => _registry;

    /// <inheritdoc />
    public Task<IReadOnlyList<ModelDescription>> GetModelsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_models);

    /// <inheritdoc />
    public Task<float> InspectAsync(string criterion, string prompt, string response, CancellationToken cancellationToken = default) =>
        _batchers.TryGetValue(criterion, out var batcher)
            ? batcher.ScoreAsync(prompt, response, cancellationToken)
            : throw new InferenceRequestException($"no inspector for criterion '{criterion}'");

    /// <inheritdoc />
    public Task<IReadOnlyList<float>> SimilaritiesAsync(string anchor, IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        _encoder is null
            ? throw new InferenceRequestException("no sentence encoder is loaded")
            : Task.FromResult<IReadOnlyList<float>>(_encoder.Value.Similarities(anchor, texts));

    /// <inheritdoc />
    public Task<AlignResponse> AlignAsync(string criterion, string prompt, string response, AlignRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (!_registry.Aligners.TryGetValue(criterion, out var aligner))
        {
            throw new InferenceRequestException($"no aligner for criterion '{criterion}'");
        }
        var generation = ToGenerationOptions(options);
        try
        {
            generation.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InferenceRequestException($"options: {e.Message}", e);
        }
        return Task.Run(() =>
        {
            var result = ToResponse(aligner, aligner.Generate(prompt, response, generation, cancellationToken));
            return aligner.Stock is { } stock && _encoder is not null
                ? result with { StockMatches = stock.Match(_encoder.Value, prompt, result.Aligned) }
                : result;
        }, cancellationToken);
    }

    /// <summary>Maps request options onto generation options (greedy where unset).</summary>
    public static GenerationOptions ToGenerationOptions(AlignRequestOptions? o) => o is null
        ? GenerationOptions.Greedy
        : new GenerationOptions
        {
            MaxNewTokens = o.MaxNewTokens,
            Temperature = o.Temperature ?? 0,
            TopP = o.TopP ?? 1,
            Seed = o.Seed ?? 0,
        };

    /// <summary>The wire form of a generation result.</summary>
    public static AlignResponse ToResponse(Aligner aligner, GenerationResult r) => new(
        r.Text, r.InputTokens, r.OutputTokens, r.FinishReason == FinishReason.Stop ? "stop" : "length", aligner.Name,
        new AlignTimings(Math.Round(r.Timings.PrefillMilliseconds, 3), Math.Round(r.Timings.DecodeMilliseconds, 3),
            Math.Round(r.Timings.TotalMilliseconds, 3)),
        Confidence: new RewriteConfidence(Math.Round(r.MeanLogProbability, 4), aligner.Manifest.ConfidenceFloor));

    /// <summary>Stops the batchers and releases the sessions.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var b in _batchers.Values)
        {
            await b.DisposeAsync().ConfigureAwait(false);
        }
        if (_encoder is { IsValueCreated: true } && _registry.Features is null)
        {
            _encoder.Value.Dispose();
        }
        _registry.Dispose();
    }
}
