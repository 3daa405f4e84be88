using Aligners.Inference.Client;
using Aligners.Inference.Models;
using Microsoft.Extensions.DependencyInjection;
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
        services.AddHttpClient<RemoteInference>((sp, client) =>
        {
            var o = sp.GetRequiredService<IOptions<InferenceOptions>>().Value;
            client.BaseAddress = o.Endpoint;
            client.Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<InferenceOptions>>().Value;
            return new LocalInference(ModelRegistry.Load(o.ResolvedModelsDirectory, o.Execution), o.Batching);
        });
        services.AddSingleton<IAlignmentInference>(sp =>
            sp.GetRequiredService<IOptions<InferenceOptions>>().Value.Mode == "remote"
                ? sp.GetRequiredService<RemoteInference>()
                : sp.GetRequiredService<LocalInference>());
        return services;
    }
}
