using Aligners.Orchestration.Activities;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// At startup: a policy that gives a criterion the <c>llm</c> aligner needs <c>AlignerLlm</c>
/// configured, and principles for that criterion.
/// </summary>
internal sealed class PolicyBackendsValidation(IOptions<AlignerLlmOptions> llm) : IValidateOptions<AlignmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AlignmentOptions options)
    {
        var failures = new List<string>();
        foreach (var (policy, p) in options.Policies)
        {
            foreach (var (criterion, backend) in p.AlignerBackends)
            {
                if (backend != AlignerBackends.Llm)
                {
                    continue;
                }
                if (!llm.Value.IsConfigured)
                {
                    failures.Add($"Alignment:Policies:{policy}:AlignerBackends:{criterion} is llm but AlignerLlm:Provider is none.");
                }
                else if (llm.Value.PrinciplesOf(criterion) is null)
                {
                    failures.Add($"Alignment:Policies:{policy}:AlignerBackends:{criterion} is llm but AlignerLlm:Principles:{criterion} is not set.");
                }
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
