using Aligners.Inference.Client;
using Aligners.Inference.Server.Hosting;

namespace Aligners.Inference.Server.Apis;

/// <summary><c>GET /v1/models</c>.</summary>
internal static class ModelsApi
{
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/models", async (LocalInference inference, ModelLoader loader, CancellationToken ct) =>
                loader.IsReady ? Results.Ok(new ModelsResponse(await inference.GetModelsAsync(ct))) : ModelsLoading.Problem())
            .WithName("Models").WithSummary("Lists the loaded models: name, kind, criterion, SHA-256.")
            .Produces<ModelsResponse>();
        return app;
    }
}
