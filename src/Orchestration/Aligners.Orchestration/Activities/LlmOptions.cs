namespace Aligners.Orchestration.Activities;

/// <summary>The upstream LLM asked for an answer when a request brings none.</summary>
public sealed class LlmOptions : ChatEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Llm";

    /// <inheritdoc />
    public override string SectionName => Section;

    /// <summary>An optional system message.</summary>
    public string? SystemPrompt { get; set; }
}
