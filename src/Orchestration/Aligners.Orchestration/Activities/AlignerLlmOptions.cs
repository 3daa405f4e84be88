namespace Aligners.Orchestration.Activities;

/// <summary>
/// The LLM that rewrites answers for the criteria a policy gives the <c>llm</c> aligner backend,
/// instructed with each criterion's principles. Its rewrites pass the same acceptance gate as the
/// bundled aligners'.
/// </summary>
public sealed class AlignerLlmOptions : CriterionLlmOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AlignerLlm";

    /// <inheritdoc />
    public override string SectionName => Section;
}
