using Aligners.Functions.Hosting;
using Aligners.Inference.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Aligners.Functions.Http;

/// <summary><c>GET /api/health</c>: no key; says whether the models answer.</summary>
public sealed class HealthFunction(IAlignmentInference inference)
{
    /// <summary>200 with the number of models, or 503 with the reason.</summary>
    [Function("Health")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        CancellationToken ct)
    {
        try
        {
            var models = await inference.GetModelsAsync(ct);
            return TypedResults.Ok(new { status = "healthy", models = models.Count });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Json(new { status = "unhealthy", reason = e.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
