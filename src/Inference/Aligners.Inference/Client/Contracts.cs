using System.Text.Json.Serialization;

namespace Aligners.Inference.Client;

/// <summary>Body of <c>POST /v1/inspect</c>.</summary>
public sealed record InspectRequest(IReadOnlyList<InspectItem> Items);

/// <summary>One pair to score; <see cref="Criteria"/> defaults to every inspector's criterion.</summary>
public sealed record InspectItem(string Prompt, string Response, IReadOnlyList<string>? Criteria = null);

/// <summary>Answer of <c>POST /v1/inspect</c>: per item, P(aligned) per criterion.</summary>
public sealed record InspectResponse(IReadOnlyList<InspectResult> Items);

/// <summary>Scores of one item.</summary>
public sealed record InspectResult(IReadOnlyDictionary<string, float> Scores);

/// <summary>Body of <c>POST /v1/similarity</c>: the anchor and the texts to compare it with.</summary>
public sealed record SimilarityRequest(string Anchor, IReadOnlyList<string> Texts);

/// <summary>Answer of <c>POST /v1/similarity</c>: one cosine similarity per text, in order.</summary>
public sealed record SimilarityResponse(IReadOnlyList<float> Similarities);

/// <summary>Body of <c>POST /v1/align</c>.</summary>
public sealed record AlignRequest(string Prompt, string Response, string Criterion, AlignRequestOptions? Options = null, bool Stream = false);

/// <summary>Generation settings of an align request; all optional.</summary>
public sealed record AlignRequestOptions(int? MaxNewTokens = null, float? Temperature = null, float? TopP = null, int? Seed = null);

/// <summary>
/// Answer of <c>POST /v1/align</c>. <see cref="StockMatches"/>: for an aligner that lists its stock
/// sentences, each sentence of the rewrite beside the closest of them (null otherwise).
/// </summary>
public sealed record AlignResponse(
    string Aligned,
    int InputTokens,
    int OutputTokens,
    string FinishReason,
    string Model,
    AlignTimings Timings,
    IReadOnlyList<Generation.StockMatch>? StockMatches = null,
    RewriteConfidence? Confidence = null);

/// <summary>
/// How sure the aligner was of its rewrite: the mean log-probability of the tokens it chose, and its
/// manifest's floor (null when it names none). The acceptance gate refuses a rewrite below the floor.
/// </summary>
public sealed record RewriteConfidence(double MeanLogProbability, double? Floor);

/// <summary>Generation timings in milliseconds.</summary>
public sealed record AlignTimings(double PrefillMs, double DecodeMs, double TotalMs);

/// <summary>A model as <c>GET /v1/models</c> lists it.</summary>
public sealed record ModelDescription(string Name, string Kind, string Criterion, string Sha256, double? Threshold);

/// <summary>Answer of <c>GET /v1/models</c>.</summary>
public sealed record ModelsResponse(IReadOnlyList<ModelDescription> Models);

/// <summary>One server-sent token event of a streamed align request.</summary>
public sealed record AlignTokenEvent(int Id, string Text);

/// <summary>JSON settings shared by the server and the HTTP client.</summary>
public static class InferenceJson
{
    /// <summary>camelCase, web defaults.</summary>
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
