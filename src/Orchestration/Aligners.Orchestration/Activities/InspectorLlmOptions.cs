namespace Aligners.Orchestration.Activities;

/// <summary>
/// The LLM that judges answers for the criteria a policy gives the <c>llm</c> inspector backend
/// (<see cref="LlmJudge"/>), told each criterion's principles. In production a team points it at
/// Azure OpenAI for open-domain factuality, which no bundled table covers.
/// </summary>
public sealed class InspectorLlmOptions : ChatEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "InspectorLlm";

    /// <summary>A verdict is a short JSON object.</summary>
    public InspectorLlmOptions() => MaxOutputTokens = 200;

    /// <inheritdoc />
    protected override string SectionName => Section;

    /// <summary>The principles of each criterion; these replace the built-in ones (<see cref="AlignerLlmOptions.DefaultPrinciples"/>) criterion by criterion.</summary>
    public Dictionary<string, string> Principles { get; set; } = [];

    /// <summary>The principles of <paramref name="criterion"/>, or null when none are known.</summary>
    public string? PrinciplesOf(string criterion) =>
        Principles.TryGetValue(criterion, out var p) && !string.IsNullOrWhiteSpace(p) ? p : AlignerLlmOptions.DefaultPrinciples.GetValueOrDefault(criterion);
}
