using Aligners.Functions.Hosting;
using Aligners.Inference.Client;

namespace Aligners.Functions.Apis;

/// <summary><c>GET /api/health</c>: no key; says whether models and storage answer.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", async (IAlignmentInference inference, CancellationToken ct) =>
        {
            try
            {
                var models = await inference.GetModelsAsync(ct);
                return Results.Ok(new { status = "healthy", models = models.Count });
            }
            catch (Exception e)
            {
                return Results.Json(new { status = "unhealthy", reason = e.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithName(FunctionNames.Health);
        return app;
    }
}
