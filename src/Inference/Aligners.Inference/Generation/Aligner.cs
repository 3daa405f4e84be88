using System.Runtime.CompilerServices;
using Aligners.Inference.Models;
using Aligners.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Generation;

/// <summary>A rewrite request for <see cref="Aligner.GenerateBatch"/>.</summary>
public sealed record AlignerInput(string Prompt, string Response, GenerationOptions? Options = null);

/// <summary>
/// A criterion's aligner: rewrites a response with a KV-cached decoder. Single, batched (left
/// padding, per-row stopping) and streamed generation; thread-safe, each call owns its state.
/// </summary>
public sealed class Aligner
{
    private readonly KvCacheDecoder _decoder;

    internal Aligner(ModelManifest manifest, InferenceSession session, TextTokenizer tokenizer, string manifestFile, OrtMemoryInfo? cacheMemory = null,
        StockSentences? stock = null)
    {
        Manifest = manifest;
        Stock = stock;
        Tokenizer = tokenizer;
        Format = PromptFormat.Create(manifest.PromptFormat, tokenizer, manifestFile);
        _decoder = new KvCacheDecoder(session, manifest.Io, tokenizer.PadId, cacheMemory);
    }

    /// <summary>The manifest the aligner was loaded from.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The model name.</summary>
    public string Name => Manifest.Name;

    /// <summary>The criterion it corrects.</summary>
    public string Criterion => Manifest.Criterion;

    /// <summary>The tokenizer.</summary>
    public TextTokenizer Tokenizer { get; }

    /// <summary>The prompt format.</summary>
    public PromptFormat Format { get; }

    /// <summary>The sentences the model was taught to say, when its manifest lists them.</summary>
    public StockSentences? Stock { get; }

    internal KvCacheDecoder Decoder => _decoder;

    /// <summary>The decoder input for (prompt, response).</summary>
    public int[] BuildPrompt(string prompt, string response) => Format.Build(prompt, response, Manifest.MaxInputTokens);

    /// <summary>Rewrites one response.</summary>
    public GenerationResult Generate(string prompt, string response, GenerationOptions? options = null,
        CancellationToken cancellationToken = default) =>
        GenerateBatch([new AlignerInput(prompt, response, options)], cancellationToken)[0];

    /// <summary>Rewrites several responses in one batch; results are in input order.</summary>
    public IReadOnlyList<GenerationResult> GenerateBatch(IReadOnlyList<AlignerInput> inputs, CancellationToken cancellationToken = default)
    {
        var prompts = inputs.Select(i => BuildPrompt(i.Prompt, i.Response)).ToArray();
        var results = GenerateIds(prompts, [.. inputs.Select(i => i.Options ?? GenerationOptions.Greedy)], cancellationToken);
        return RestoresCase
            ? [.. results.Select((r, i) => r with { Text = CaseRestoration.Apply(r.Text, inputs[i].Prompt, inputs[i].Response) })]
            : results;
    }

    /// <summary>The text of a rewrite of (prompt, response) as the aligner returns it: decoded, its case restored where the vocabulary lower-cases.</summary>
    public string TextOf(IEnumerable<int> ids, string prompt, string response) =>
        RestoresCase ? CaseRestoration.Apply(Tokenizer.Decode(ids), prompt, response) : Tokenizer.Decode(ids);

    /// <summary>
    /// Whether the vocabulary lower-cases (uncased WordPiece): then the text of a rewrite is
    /// restored against its prompt and response (<see cref="CaseRestoration"/>); the ids and
    /// <see cref="GenerateIds"/> give the model's own text.
    /// </summary>
    public bool RestoresCase => Manifest.Tokenizer?.LowerCase == true;

    /// <summary>Generates from prepared input ids: the token-level core of every other overload.</summary>
    public IReadOnlyList<GenerationResult> GenerateIds(IReadOnlyList<int[]> prompts, IReadOnlyList<GenerationOptions> options,
        CancellationToken cancellationToken = default)
    {
        if (prompts.Count == 0)
        {
            return [];
        }
        using var loop = new GenerationLoop(_decoder, prompts, [.. options.Select(Settings)]);
        var produced = new List<int>();
        while (loop.Advance(produced))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
        var timings = loop.Timings();
        var results = new GenerationResult[prompts.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var tokens = loop.Tokens(i).ToArray();
            results[i] = new GenerationResult(tokens, Tokenizer.Decode(tokens), prompts[i].Length, tokens.Length,
                loop.Finish(i) ?? FinishReason.Length, timings, loop.MeanLogProbability(i));
        }
        return results;
    }

    /// <summary>
    /// Streams one rewrite token by token. Cancellation is checked before every step, so a
    /// cancelled stream stops within one token.
    /// </summary>
    public async IAsyncEnumerable<GeneratedToken> StreamAsync(string prompt, string response, GenerationOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ids = BuildPrompt(prompt, response);
        using var loop = new GenerationLoop(_decoder, [ids], [Settings(options ?? GenerationOptions.Greedy)]);
        var produced = new List<int>();
        var text = "";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!loop.Advance(produced))
            {
                yield break;
            }
            if (produced.Count == 0)
            {
                continue;
            }
            // Decoding the whole prefix keeps SentencePiece's word-boundary spaces right.
            var tokens = loop.Tokens(0);
            var full = TextOf(tokens, prompt, response);
            var delta = full.Length >= text.Length && full.StartsWith(text, StringComparison.Ordinal) ? full[text.Length..] : full;
            text = full;
            yield return new GeneratedToken(tokens[^1], delta);
            await Task.Yield();
        }
    }

    /// <summary>Logits at the last prompt position after the prefill, for parity checks.</summary>
    public float[] FirstStepLogits(int[] promptIds)
    {
        using var state = _decoder.Start([promptIds], 1);
        state.Prefill();
        return state.Logits(0).ToArray();
    }

    private RowSettings Settings(GenerationOptions options)
    {
        options.Validate();
        var stops = new HashSet<int>(Format.StopIds);
        foreach (var token in options.StopTokens)
        {
            stops.Add(Tokenizer.SpecialId(token));
        }
        var max = options.MaxNewTokens ?? Manifest.MaxOutputTokens;
        return new RowSettings(max, stops, options);
    }
}
