using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Aligners.Functions.Extensions;

/// <summary>The function app's services, the same on the Functions host and the local host.</summary>
public static class FunctionAppExtensions
{
    /// <summary>Options, the workflows' services, bulk submission and telemetry (exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set).</summary>
    public static IServiceCollection AddFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAlignmentServices();
        services.AddSingleton<BulkSubmission>();
        services.AddSingleton<Queues.TransientDeferral>();
        services.AddOptions<Console.ReviewerDirectory>().BindConfiguration(Console.ReviewerDirectory.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Console.ReviewerSignInOptions>().BindConfiguration(Console.ReviewerSignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Console.ReviewerIdentity>();
        var otlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("aligners-functions"))
            .WithTracing(t =>
            {
                t.AddSource(AlignersTelemetry.Name).AddHttpClientInstrumentation();
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(AlignersTelemetry.Name);
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });
        return services;
    }
}
