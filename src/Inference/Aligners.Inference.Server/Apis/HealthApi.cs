using Aligners.Inference.Server.Hosting;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>GET /healthz</c> and <c>GET /readyz</c>: the container probes, open to anyone.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" }))
            .WithName("Liveness").WithSummary("Answers while the process serves requests.");
        app.MapGet("/readyz", (ModelLoader loader) => loader.IsReady
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Readiness").WithSummary("200 once the models are loaded, 503 before.");
        return app;
    }
}
