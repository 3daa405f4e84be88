using System.ComponentModel.DataAnnotations;
using Aligners.Inference.Execution;
using Aligners.Inference.Inspection;

namespace Aligners.Inference.Client;

/// <summary>Where models run: in-process from a models directory, or on a remote inference server.</summary>
public sealed class InferenceOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Inference";

    /// <summary><c>local</c> (in-process, the default) or <c>remote</c> (HTTP to <see cref="Endpoint"/>).</summary>
    [RegularExpression("^(local|remote)$", ErrorMessage = "Inference:Mode must be local or remote.")]
    public string Mode { get; set; } = "local";

    /// <summary>The models directory for local mode; relative paths resolve against the app's base directory.</summary>
    public string ModelsDirectory { get; set; } = "models";

    /// <summary>The inference server's base URL for remote mode, e.g. <c>https://inference.example.net/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Per-attempt timeout for remote mode, in seconds.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Retries of a remote call after a timeout, a dropped connection, 429 (honouring Retry-After) or 5xx.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The API key the inference server accepts (<c>x-api-key</c>); when empty, an Entra ID token for <see cref="Scope"/> is sent.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The token scope of the inference server, e.g. <c>api://aligners-inference/.default</c>; tokens come from <c>DefaultAzureCredential</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>ONNX Runtime settings for local mode.</summary>
    [Required]
    public ExecutionOptions Execution { get; set; } = new();

    /// <summary>Inspector micro-batching for local mode.</summary>
    [Required]
    public BatchingOptions Batching { get; set; } = new();

    /// <summary>The models directory as an absolute path.</summary>
    public string ResolvedModelsDirectory => Path.IsPathRooted(ModelsDirectory)
        ? ModelsDirectory
        : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, ModelsDirectory));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == "remote" && Endpoint is null)
        {
            yield return new ValidationResult("Inference:Endpoint is required when Inference:Mode is remote.", [nameof(Endpoint)]);
        }
        if (Mode == "remote" && string.IsNullOrEmpty(ApiKey) && string.IsNullOrEmpty(Scope))
        {
            yield return new ValidationResult("Inference:ApiKey or Inference:Scope is required when Inference:Mode is remote: the server refuses callers without credentials.",
                [nameof(ApiKey)]);
        }
        if (Endpoint is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Inference:Endpoint must be an absolute URL.", [nameof(Endpoint)]);
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Execution, new ValidationContext(Execution), results, true);
        Validator.TryValidateObject(Batching, new ValidationContext(Batching), results, true);
        foreach (var r in results)
        {
            yield return r;
        }
    }
}
