using Aligners.Inference.Client;
using Aligners.Inference.Extensions;
using Aligners.Inference.Server.Apis;
using Aligners.Inference.Server.Hosting;
using Aligners.Inference.Server.Security;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Server.Extensions;

/// <summary>The server's wiring: options, inference, authentication, problem details, OpenAPI, endpoints.</summary>
internal static class InferenceServerExtensions
{
    public static WebApplicationBuilder AddInferenceServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServerLimits>().BindConfiguration(ServerLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAlignmentInference();
        // The server runs the models itself whatever the shared setting says.
        services.PostConfigure<InferenceOptions>(o => o.Mode = "local");
        services.AddSingleton<ModelLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelLoader>());
        services.AddInferenceAuth();
        services.AddProblemDetails();
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapInferenceServer(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        var api = app.MapGroup("").RequireCaller(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value);
        api.MapOpenApi();
        api.MapInspectApi();
        api.MapAlignApi();
        api.MapModelsApi();
        api.MapSimilarityApi();
        return app;
    }
}
