namespace Aligners.Orchestration.Activities;

/// <summary>
/// The LLM that judges answers for the criteria a policy gives the <c>llm</c> inspector backend
/// (<see cref="LlmJudge"/>), told each criterion's principles. In production a team points it at
/// Azure OpenAI for open-domain factuality, which no bundled table covers.
/// </summary>
public sealed class InspectorLlmOptions : CriterionLlmOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "InspectorLlm";

    /// <summary>A verdict is a short JSON object.</summary>
    public InspectorLlmOptions() => MaxOutputTokens = 200;

    /// <inheritdoc />
    public override string SectionName => Section;
}
