using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Aligners.Inference.Client;
using Aligners.Inference.Generation;
using Aligners.Inference.Http;
using Aligners.Inference.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>POST /v1/align</c>: one rewrite, as JSON or streamed as server-sent events.</summary>
internal static class AlignApi
{
    public static IEndpointRouteBuilder MapAlignApi(this IEndpointRouteBuilder app)
    {
        app.MapJsonPost<AlignRequest, AlignResponse>("/v1/align", "Align",
                "Rewrites a response with the criterion's aligner; with stream=true, one server-sent event per token.", AlignAsync)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return app;
    }

    private static async Task<IResult> AlignAsync(HttpRequest request, LocalInference inference, IOptions<ServerLimits> limits,
        ModelLoader loader, CancellationToken ct)
    {
        var l = limits.Value;
        var (body, problem) = await JsonRoutes.ReadAsync<AlignRequest>(request, loader, l, ct);
        if (problem is not null)
        {
            return problem;
        }
        if ((JsonRoutes.TextProblem("prompt", body!.Prompt, l) ?? JsonRoutes.TextProblem("response", body.Response, l)) is { } textProblem)
        {
            return textProblem;
        }
        if (string.IsNullOrEmpty(body.Criterion))
        {
            return Problems.Invalid("criterion", "is required");
        }
        if (!inference.Registry.Aligners.TryGetValue(body.Criterion, out var aligner))
        {
            return Problems.Invalid("criterion", $"unknown criterion '{body.Criterion}'; known: {string.Join(", ", inference.Registry.Aligners.Keys.Order())}");
        }
        if (body.Options?.MaxNewTokens > l.MaxNewTokens)
        {
            return Problems.TooLarge("options.maxNewTokens", $"{body.Options.MaxNewTokens}; the limit is {l.MaxNewTokens}");
        }
        var options = LocalInference.ToGenerationOptions(body.Options);
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Problems.Invalid($"options.{JsonNamingPolicy.CamelCase.ConvertName(e.ParamName ?? "")}", e.Message.Split(Environment.NewLine)[0]);
        }
        if (body.Stream)
        {
            return TypedResults.ServerSentEvents(Stream(aligner, body, options, ct));
        }
        return TypedResults.Ok(await inference.AlignAsync(body.Criterion, body.Prompt, body.Response, body.Options, ct));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(Aligner aligner, AlignRequest body, GenerationOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var ids = new List<int>();
        await foreach (var token in aligner.StreamAsync(body.Prompt, body.Response, options, ct))
        {
            ids.Add(token.Id);
            yield return new SseItem<string>(JsonSerializer.Serialize(new AlignTokenEvent(token.Id, token.Text), InferenceJson.Options), "token");
        }
        var total = (DateTime.UtcNow - started).TotalMilliseconds;
        var max = options.MaxNewTokens ?? aligner.Manifest.MaxOutputTokens;
        var done = new AlignResponse(aligner.TextOf(ids, body.Prompt, body.Response), aligner.BuildPrompt(body.Prompt, body.Response).Length, ids.Count,
            ids.Count >= max ? "length" : "stop", aligner.Name, new AlignTimings(0, Math.Round(total, 3), Math.Round(total, 3)));
        yield return new SseItem<string>(JsonSerializer.Serialize(done, InferenceJson.Options), "done");
    }
}
