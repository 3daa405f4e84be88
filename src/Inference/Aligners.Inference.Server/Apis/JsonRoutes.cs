using Aligners.Inference.Client;
using Aligners.Inference.Http;
using Aligners.Inference.Server.Hosting;

namespace Aligners.Inference.Server.Apis;

/// <summary>
/// What the model routes share: a POST route that takes a JSON body and describes its problems in
/// OpenAPI, the models-ready check and size-limited body read before anything else, and the limits
/// on texts and lists every route checks the same way.
/// </summary>
internal static class JsonRoutes
{
    /// <summary>Maps a POST route that reads a <typeparamref name="TRequest"/> and answers a <typeparamref name="TResponse"/>, or 400 or 413 problems.</summary>
    public static RouteHandlerBuilder MapJsonPost<TRequest, TResponse>(this IEndpointRouteBuilder app, string pattern, string name, string summary,
        Delegate handler) where TRequest : notnull where TResponse : notnull =>
        app.MapPost(pattern, handler)
            .WithName(name)
            .WithSummary(summary)
            .Accepts<TRequest>("application/json")
            .Produces<TResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    /// <summary>The request's body, or the problem to answer: 503 while the models load, else the body reader's 400 or 413.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, ModelLoader loader, ServerLimits limits,
        CancellationToken ct) where T : class
    {
        if (!loader.IsReady)
        {
            return (default, ModelsLoading.Problem());
        }
        return await HttpBody.ReadJsonAsync<T>(request, limits.MaxRequestBodyBytes, InferenceJson.Options, ct);
    }

    /// <summary>A required text within the per-text limit: null when it is, else the 400 or 413 naming the field.</summary>
    public static IResult? TextProblem(string field, string? text, ServerLimits limits) => text switch
    {
        null => Problems.Invalid(field, "is required"),
        { Length: var n } when n > limits.MaxCharactersPerText => Problems.TooLarge(field, $"{n} characters; the limit is {limits.MaxCharactersPerText}"),
        _ => null,
    };

    /// <summary>A non-empty list within the per-request limit (<paramref name="count"/> null when it is missing): null when it is, else the 400 or 413.</summary>
    public static IResult? ListProblem(string field, int? count, ServerLimits limits) => count switch
    {
        null or 0 => Problems.Invalid(field, $"{field} must be a non-empty array"),
        var n when n > limits.MaxItemsPerRequest => Problems.TooLarge(field, $"{n} {field}; the limit is {limits.MaxItemsPerRequest}"),
        _ => null,
    };
}
