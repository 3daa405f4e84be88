using Aligners.Inference.Client;
using Aligners.Inference.Embedding;
using Aligners.Inference.Models;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>
/// The bundled models, loaded once per test process and lent to every <see cref="EngineHarness"/>
/// that runs them in process: a long-running host loads its models once, and reloading the same
/// files for each of the many engines these tests start only repeated seconds of CPU work. Each
/// engine keeps its own storage, settings and policies; the models hold no per-request state.
/// </summary>
internal sealed class SharedModels(InferenceOptions options) : IAlignmentInference
{
    private static readonly Lock Gate = new();
    private static LocalInference? _loaded;

    /// <summary>Whether an engine with <paramref name="settings"/> runs exactly the shared models (in process, the bundled folder, no other inference setting).</summary>
    public static bool Fit(IReadOnlyDictionary<string, string?> settings) =>
        settings.Where(p => p.Key.StartsWith($"{InferenceOptions.Section}:", StringComparison.Ordinal))
            .All(p => p.Key == $"{InferenceOptions.Section}:{nameof(InferenceOptions.ModelsDirectory)}" && p.Value == RepositoryPaths.Models);

    /// <summary>Registers the shared models in place of the app's own; the app never disposes them (this wrapper owns nothing).</summary>
    public static void Use(IServiceCollection services) =>
        services.AddSingleton<IAlignmentInference>(sp => new SharedModels(sp.GetRequiredService<IOptions<InferenceOptions>>().Value));

    private LocalInference Models
    {
        get
        {
            lock (Gate)
            {
                // Loaded as AddAlignmentInference loads them, with the first engine's options: every engine that fits has the same.
                return _loaded ??= new LocalInference(ModelRegistry.Load(options.ResolvedModelsDirectory, options.Execution), options.Batching,
                    () => SentenceEncoder.Load(AppContext.BaseDirectory, options.Execution));
            }
        }
    }

    public Task<IReadOnlyList<ModelDescription>> GetModelsAsync(CancellationToken cancellationToken = default) => Models.GetModelsAsync(cancellationToken);

    public Task<float> InspectAsync(string criterion, string prompt, string response, CancellationToken cancellationToken = default) =>
        Models.InspectAsync(criterion, prompt, response, cancellationToken);

    public Task<IReadOnlyList<float>> SimilaritiesAsync(string anchor, IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Models.SimilaritiesAsync(anchor, texts, cancellationToken);

    public Task<AlignResponse> AlignAsync(string criterion, string prompt, string response, AlignRequestOptions? options = null,
        CancellationToken cancellationToken = default) => Models.AlignAsync(criterion, prompt, response, options, cancellationToken);
}
