using Aligners.Inference.Client;
using Aligners.Inference.Http;
using Aligners.Inference.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>POST /v1/inspect</c>: P(aligned) per criterion for a batch of pairs.</summary>
internal static class InspectApi
{
    public static IEndpointRouteBuilder MapInspectApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/inspect", InspectAsync)
            .WithName("Inspect")
            .WithSummary("Scores (prompt, response) pairs with every requested criterion's inspector.")
            .Accepts<InspectRequest>("application/json")
            .Produces<InspectResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> InspectAsync(HttpRequest request, LocalInference inference, IOptions<ServerLimits> limits,
        ModelLoader loader, CancellationToken ct)
    {
        if (!loader.IsReady)
        {
            return ModelsLoading.Problem();
        }
        var l = limits.Value;
        var (body, problem) = await HttpBody.ReadJsonAsync<InspectRequest>(request, l.MaxRequestBodyBytes, InferenceJson.Options, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (body!.Items is null || body.Items.Count == 0)
        {
            return Problems.Invalid("items", "items must be a non-empty array");
        }
        if (body.Items.Count > l.MaxItemsPerRequest)
        {
            return Problems.TooLarge("items", $"{body.Items.Count} items; the limit is {l.MaxItemsPerRequest}");
        }
        var known = inference.Registry.Criteria;
        var calls = new List<(int Item, string Criterion, Task<float> Score)>();
        for (var i = 0; i < body.Items.Count; i++)
        {
            var item = body.Items[i];
            if (item is null)
            {
                return Problems.Invalid($"items[{i}]", "must be an object with prompt and response");
            }
            var textProblem = TextProblem($"items[{i}].prompt", item.Prompt, l) ?? TextProblem($"items[{i}].response", item.Response, l);
            if (textProblem is not null)
            {
                return textProblem;
            }
            var criteria = item.Criteria ?? known;
            for (var c = 0; c < criteria.Count; c++)
            {
                if (!known.Contains(criteria[c]))
                {
                    return Problems.Invalid($"items[{i}].criteria[{c}]", $"unknown criterion '{criteria[c]}'; known: {string.Join(", ", known)}");
                }
            }
            foreach (var criterion in criteria.Distinct())
            {
                calls.Add((i, criterion, inference.InspectAsync(criterion, item.Prompt, item.Response, ct)));
            }
        }
        await Task.WhenAll(calls.Select(c => c.Score));
        var results = body.Items.Select((_, i) => new InspectResult(
            calls.Where(c => c.Item == i).ToDictionary(c => c.Criterion, c => c.Score.Result))).ToList();
        return TypedResults.Ok(new InspectResponse(results));
    }

    internal static IResult? TextProblem(string field, string? text, ServerLimits limits) => text switch
    {
        null => Problems.Invalid(field, "is required"),
        { Length: var n } when n > limits.MaxCharactersPerText => Problems.TooLarge(field, $"{n} characters; the limit is {limits.MaxCharactersPerText}"),
        _ => null,
    };
}
