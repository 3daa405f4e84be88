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
        app.MapJsonPost<InspectRequest, InspectResponse>("/v1/inspect", "Inspect",
            "Scores (prompt, response) pairs with every requested criterion's inspector.", InspectAsync);
        return app;
    }

    private static async Task<IResult> InspectAsync(HttpRequest request, LocalInference inference, IOptions<ServerLimits> limits,
        ModelLoader loader, CancellationToken ct)
    {
        var l = limits.Value;
        var (body, problem) = await JsonRoutes.ReadAsync<InspectRequest>(request, loader, l, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (JsonRoutes.ListProblem("items", body!.Items?.Count, l) is { } itemsProblem)
        {
            return itemsProblem;
        }
        var items = body.Items!;
        var known = inference.Registry.Criteria;
        var calls = new List<(int Item, string Criterion, Task<float> Score)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                return Problems.Invalid($"items[{i}]", "must be an object with prompt and response");
            }
            var textProblem = JsonRoutes.TextProblem($"items[{i}].prompt", item.Prompt, l) ?? JsonRoutes.TextProblem($"items[{i}].response", item.Response, l);
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
        var results = items.Select((_, i) => new InspectResult(
            calls.Where(c => c.Item == i).ToDictionary(c => c.Criterion, c => c.Score.Result))).ToList();
        return TypedResults.Ok(new InspectResponse(results));
    }
}
