namespace Aligners.Inference.Generation;

/// <summary>How one rewrite is generated. The defaults give greedy decoding.</summary>
public sealed record GenerationOptions
{
    /// <summary>The most new tokens; null takes the manifest's <c>maxOutputTokens</c>.</summary>
    public int? MaxNewTokens { get; init; }

    /// <summary>0 (the default) is greedy; above 0 samples from the tempered distribution.</summary>
    public float Temperature { get; init; }

    /// <summary>Nucleus sampling: keep the smallest set of tokens whose probability reaches this. 1 keeps all.</summary>
    public float TopP { get; init; } = 1f;

    /// <summary>Seed of the sampler, so sampled rewrites are reproducible.</summary>
    public int Seed { get; init; }

    /// <summary>Extra stop tokens (token text), besides the prompt format's own.</summary>
    public IReadOnlyList<string> StopTokens { get; init; } = [];

    /// <summary>Greedy decoding with the manifest's limits.</summary>
    public static GenerationOptions Greedy { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (MaxNewTokens is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxNewTokens), MaxNewTokens, "must be at least 1");
        }
        if (Temperature is < 0 or > 10 || float.IsNaN(Temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(Temperature), Temperature, "must be between 0 and 10");
        }
        if (TopP is <= 0 or > 1 || float.IsNaN(TopP))
        {
            throw new ArgumentOutOfRangeException(nameof(TopP), TopP, "must be in (0, 1]");
        }
    }
}

/// <summary>Why generation of a row ended.</summary>
public enum FinishReason
{
    /// <summary>A stop token was generated.</summary>
    Stop,

    /// <summary>The new-token limit was reached.</summary>
    Length,
}

/// <summary>Time spent on one generation, in milliseconds.</summary>
public sealed record GenerationTimings(double PrefillMilliseconds, double DecodeMilliseconds)
{
    /// <summary>Prefill plus decode.</summary>
    public double TotalMilliseconds => PrefillMilliseconds + DecodeMilliseconds;
}

/// <summary>
/// One generated row: the new tokens (stop token excluded), their text and accounting, and the mean
/// log-probability the model gave the tokens it chose (stop token included): how sure it was.
/// </summary>
public sealed record GenerationResult(
    IReadOnlyList<int> TokenIds,
    string Text,
    int InputTokens,
    int OutputTokens,
    FinishReason FinishReason,
    GenerationTimings Timings,
    double MeanLogProbability = 0);

/// <summary>One streamed token: its id and the text it adds.</summary>
public readonly record struct GeneratedToken(int Id, string Text);
