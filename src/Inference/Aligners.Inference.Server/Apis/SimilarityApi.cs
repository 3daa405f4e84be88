using Aligners.Inference.Client;
using Aligners.Inference.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>POST /v1/similarity</c>: the sentence encoder's cosine similarity of an anchor with each text.</summary>
internal static class SimilarityApi
{
    public static IEndpointRouteBuilder MapSimilarityApi(this IEndpointRouteBuilder app)
    {
        app.MapJsonPost<SimilarityRequest, SimilarityResponse>("/v1/similarity", "Similarity",
            "Cosine similarity of the anchor with each text under the pretrained sentence encoder (all-MiniLM-L6-v2).", SimilarityAsync);
        return app;
    }

    private static async Task<IResult> SimilarityAsync(HttpRequest request, LocalInference inference, IOptions<ServerLimits> limits, ModelLoader loader,
        CancellationToken ct)
    {
        var l = limits.Value;
        var (body, problem) = await JsonRoutes.ReadAsync<SimilarityRequest>(request, loader, l, ct);
        if (problem is not null)
        {
            return problem;
        }
        if ((JsonRoutes.TextProblem("anchor", body!.Anchor, l) ?? JsonRoutes.ListProblem("texts", body.Texts?.Count, l)) is { } bodyProblem)
        {
            return bodyProblem;
        }
        var texts = body.Texts!;
        for (var i = 0; i < texts.Count; i++)
        {
            if (JsonRoutes.TextProblem($"texts[{i}]", texts[i], l) is { } textProblem)
            {
                return textProblem;
            }
        }
        return TypedResults.Ok(new SimilarityResponse(await inference.SimilaritiesAsync(body.Anchor, texts, ct)));
    }
}
