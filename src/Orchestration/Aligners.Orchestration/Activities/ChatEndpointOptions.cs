using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// A chat-completions endpoint: Azure OpenAI, or any OpenAI-compatible API. The upstream LLM
/// (<see cref="LlmOptions"/>) and the LLM aligner (<see cref="AlignerLlmOptions"/>) each have one,
/// with their own timeout and retry settings.
/// </summary>
public abstract class ChatEndpointOptions : IValidatableObject
{
    /// <summary>The configuration section, for error messages.</summary>
    public abstract string SectionName { get; }

    /// <summary><c>none</c>, <c>azure-openai</c> or <c>openai-compatible</c>.</summary>
    [RegularExpression("^(none|azure-openai|openai-compatible)$", ErrorMessage = "Provider must be none, azure-openai or openai-compatible.")]
    public string Provider { get; set; } = "none";

    /// <summary>Azure OpenAI resource endpoint, or the base URL of an OpenAI-compatible API (e.g. <c>http://host/v1</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name, or the model name of an OpenAI-compatible API.</summary>
    public string? Deployment { get; set; }

    /// <summary>API key; empty on Azure OpenAI means Microsoft Entra ID through <c>DefaultAzureCredential</c>.</summary>
    public string? ApiKey { get; set; }

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

    /// <summary>Whether an endpoint is configured at all.</summary>
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
            yield return new ValidationResult($"{SectionName}:Endpoint must be an absolute URL when {SectionName}:Provider is {Provider}.", [nameof(Endpoint)]);
        }
        if (string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult($"{SectionName}:Deployment is required when {SectionName}:Provider is {Provider}.", [nameof(Deployment)]);
        }
        if (Provider == "openai-compatible" && string.IsNullOrEmpty(ApiKey))
        {
            yield return new ValidationResult($"{SectionName}:ApiKey is required for an openai-compatible provider.", [nameof(ApiKey)]);
        }
    }
}
