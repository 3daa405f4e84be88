using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Activities;

/// <summary>The upstream LLM asked for an answer when a request brings none.</summary>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Llm";

    /// <summary><c>none</c> (requests must bring a response), <c>azure-openai</c> or <c>openai-compatible</c>.</summary>
    [RegularExpression("^(none|azure-openai|openai-compatible)$", ErrorMessage = "Llm:Provider must be none, azure-openai or openai-compatible.")]
    public string Provider { get; set; } = "none";

    /// <summary>Azure OpenAI resource endpoint, or the base URL of an OpenAI-compatible API (e.g. <c>http://host/v1</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name, or the model name of an OpenAI-compatible API.</summary>
    public string? Deployment { get; set; }

    /// <summary>API key; empty on Azure OpenAI means Microsoft Entra ID through <c>DefaultAzureCredential</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>An optional system message.</summary>
    public string? SystemPrompt { get; set; }

    /// <summary>The most tokens of an answer.</summary>
    [Range(1, 100_000)]
    public int MaxOutputTokens { get; set; } = 800;

    /// <summary>
    /// Retries inside one call by the OpenAI SDK (429 and 5xx, honouring the server's Retry-After);
    /// the engine's retry policy (<c>Retries:Llm</c>) retries whole calls after that.
    /// </summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Per-call timeout in seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>Whether an LLM is configured at all.</summary>
    public bool IsConfigured => Provider != "none";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
        {
            yield return new ValidationResult($"Llm:Endpoint must be an absolute URL when Llm:Provider is {Provider}.", [nameof(Endpoint)]);
        }
        if (string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult($"Llm:Deployment is required when Llm:Provider is {Provider}.", [nameof(Deployment)]);
        }
        if (Provider == "openai-compatible" && string.IsNullOrEmpty(ApiKey))
        {
            yield return new ValidationResult("Llm:ApiKey is required for an openai-compatible provider.", [nameof(ApiKey)]);
        }
    }
}
