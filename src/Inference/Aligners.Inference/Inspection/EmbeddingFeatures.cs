using Aligners.Inference.Embedding;
using Microsoft.Extensions.Caching.Memory;

namespace Aligners.Inference.Inspection;

/// <summary>
/// The input of inspectors that read sentence embeddings (<c>inputFormat: sentence-embeddings</c>):
/// for each (prompt, answer), <c>[answer, prompt, prompt * answer, |prompt - answer|]</c> of the
/// pretrained encoder's unit-length embeddings, as <c>training/aligners_training/encoder_inspectors.py</c>
/// builds them. One instance is shared by every such inspector, and embeddings are cached, because each
/// criterion's inspector is asked about the same prompt and answer.
/// </summary>
public sealed class EmbeddingFeatures : IDisposable
{
    /// <summary>How many embeddings the cache keeps.</summary>
    public const int CacheEntries = 4096;

    /// <summary>How many texts of similar length the encoder embeds in one run.</summary>
    public const int EmbedBatch = 8;

    private readonly Lazy<SentenceEncoder> _encoder;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheEntries });

    /// <summary>Features from the encoder <paramref name="load"/> gives, loaded on first use.</summary>
    public EmbeddingFeatures(Func<SentenceEncoder> load) => _encoder = new Lazy<SentenceEncoder>(load);

    /// <summary>The encoder (loaded now if it was not).</summary>
    public SentenceEncoder Encoder => _encoder.Value;

    /// <summary>Whether the encoder has been loaded.</summary>
    public bool Loaded => _encoder.IsValueCreated;

    /// <summary>The width of one row of features.</summary>
    public int Width => 4 * Encoder.Dimensions;

    /// <summary>Rows of features for the pairs, flat [pairs.Count, <see cref="Width"/>].</summary>
    public float[] Build(IReadOnlyList<(string Prompt, string Response)> pairs)
    {
        var embeddings = Embed([.. pairs.SelectMany(p => new[] { p.Prompt, p.Response })]);
        var d = Encoder.Dimensions;
        var rows = new float[pairs.Count * 4 * d];
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = embeddings[2 * i];
            var r = embeddings[2 * i + 1];
            var row = rows.AsSpan(i * 4 * d, 4 * d);
            for (var k = 0; k < d; k++)
            {
                row[k] = r[k];
                row[d + k] = p[k];
                row[2 * d + k] = p[k] * r[k];
                row[3 * d + k] = MathF.Abs(p[k] - r[k]);
            }
        }
        return rows;
    }

    private float[][] Embed(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var missing = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (_cache.TryGetValue(texts[i], out float[]? hit) && hit is not null)
            {
                result[i] = hit;
            }
            else if (!missing.Contains(texts[i]))
            {
                missing.Add(texts[i]);
            }
        }
        if (missing.Count > 0)
        {
            // Texts of similar length embed together: a batch is padded to its longest text.
            missing.Sort((a, b) => a.Length.CompareTo(b.Length));
            var byText = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var chunk in missing.Chunk(EmbedBatch))
            {
                var computed = Encoder.Embed(chunk);
                for (var i = 0; i < chunk.Length; i++)
                {
                    byText[chunk[i]] = computed[i];
                    _cache.Set(chunk[i], computed[i], new MemoryCacheEntryOptions { Size = 1 });
                }
            }
            for (var i = 0; i < texts.Count; i++)
            {
                result[i] ??= byText[texts[i]];
            }
        }
        return result;
    }

    /// <summary>Releases the encoder and the cache.</summary>
    public void Dispose()
    {
        _cache.Dispose();
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
