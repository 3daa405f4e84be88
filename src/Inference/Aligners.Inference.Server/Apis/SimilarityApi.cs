using Aligners.Inference.Client;
using Aligners.Inference.Http;
using Aligners.Inference.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>POST /v1/similarity</c>: the sentence encoder's cosine similarity of an anchor with each text.</summary>
internal static class SimilarityApi
{
    public static IEndpointRouteBuilder MapSimilarityApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/similarity", SimilarityAsync)
            .WithName("Similarity")
            .WithSummary("Cosine similarity of the anchor with each text under the pretrained sentence encoder (all-MiniLM-L6-v2).")
            .Accepts<SimilarityRequest>("application/json")
            .Produces<SimilarityResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> SimilarityAsync(HttpRequest request, LocalInference inference, IOptions<ServerLimits> limits, ModelLoader loader,
        CancellationToken ct)
    {
        if (!loader.IsReady)
        {
            return ModelsLoading.Problem();
        }
        var l = limits.Value;
        var (body, problem) = await HttpBody.ReadJsonAsync<SimilarityRequest>(request, l.MaxRequestBodyBytes, InferenceJson.Options, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (InspectApi.TextProblem("anchor", body!.Anchor, l) is { } anchorProblem)
        {
            return anchorProblem;
        }
        if (body.Texts is null || body.Texts.Count == 0)
        {
            return Problems.Invalid("texts", "texts must be a non-empty array");
        }
        if (body.Texts.Count > l.MaxItemsPerRequest)
        {
            return Problems.TooLarge("texts", $"{body.Texts.Count} texts; the limit is {l.MaxItemsPerRequest}");
        }
        for (var i = 0; i < body.Texts.Count; i++)
        {
            if (InspectApi.TextProblem($"texts[{i}]", body.Texts[i], l) is { } textProblem)
            {
                return textProblem;
            }
        }
        return TypedResults.Ok(new SimilarityResponse(await inference.SimilaritiesAsync(body.Anchor, body.Texts, ct)));
    }
}
