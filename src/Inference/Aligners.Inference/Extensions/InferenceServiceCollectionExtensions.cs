using Aligners.Inference.Client;
using Aligners.Inference.Embedding;
using Aligners.Inference.Models;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Aligners.Inference.Extensions;

/// <summary>Registers <see cref="IAlignmentInference"/> from the <c>Inference</c> configuration section.</summary>
public static class InferenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="InferenceOptions"/> at startup and registers the local or
    /// remote implementation. In local mode the models load on first use; call
    /// <see cref="ModelRegistry.Load"/> through the registered <see cref="LocalInference"/> at
    /// startup to fail fast on a bad manifest.
    /// </summary>
    public static IServiceCollection AddAlignmentInference(this IServiceCollection services)
    {
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddTransient(sp => new InferenceCredentials(sp.GetRequiredService<IOptions<InferenceOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        services.AddHttpClient<RemoteInference>((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<InferenceOptions>>().Value.Endpoint;
                // The resilience handler's timeouts govern; the client's own would cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<InferenceCredentials>()
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) =>
            {
                var o = sp.GetRequiredService<IOptions<InferenceOptions>>().Value;
                var attempt = TimeSpan.FromSeconds(o.TimeoutSeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.Retry.MaxRetryAttempts = Math.Max(1, o.MaxRetries);
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.TotalRequestTimeout.Timeout = attempt * (o.MaxRetries + 1) + TimeSpan.FromSeconds(30);
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(1);
                if (o.MaxRetries == 0)
                {
                    resilience.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
                }
            });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<InferenceOptions>>().Value;
            return new LocalInference(ModelRegistry.Load(o.ResolvedModelsDirectory, o.Execution), o.Batching,
                () => SentenceEncoder.Load(AppContext.BaseDirectory, o.Execution));
        });
        services.AddSingleton<IAlignmentInference>(sp =>
            sp.GetRequiredService<IOptions<InferenceOptions>>().Value.Mode == "remote"
                ? sp.GetRequiredService<RemoteInference>()
                : sp.GetRequiredService<LocalInference>());
        return services;
    }
}
