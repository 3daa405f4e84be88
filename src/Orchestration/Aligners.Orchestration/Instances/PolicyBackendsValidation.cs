using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Tenants;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// At startup: a policy (the app's or a tenant's) that gives a criterion the <c>llm</c> aligner
/// (or <c>refuse-llm</c>) needs <c>AlignerLlm</c> configured, and principles for that criterion; likewise the <c>llm</c>
/// inspector needs <c>InspectorLlm</c>; inspector backends are <c>model</c>, <c>facts</c> or <c>llm</c>;
/// a policy that uses privacy (a privacy mode, or the privacy criterion among its criteria) needs <c>Privacy:FingerprintKey</c>.
/// </summary>
internal sealed class PolicyBackendsValidation(IOptions<AlignerLlmOptions> llm, IOptions<InspectorLlmOptions> judge, IOptions<TenantDirectory> tenants,
    IOptions<Privacy.PrivacyOptions> privacy) : IValidateOptions<AlignmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AlignmentOptions options)
    {
        var failures = new List<string>();
        var catalog = new PolicyCatalog(Options.Create(options), tenants);
        foreach (var (where, policy, p) in catalog.All())
        {
            if ((p.Privacy.Mode != PrivacyModes.Off || p.PresetCriteria.Contains(Privacy.PrivacyCriterion.Name)) && !privacy.Value.IsConfigured)
            {
                failures.Add($"{where}:{policy} uses privacy (Privacy:Mode {p.Privacy.Mode}) but Privacy:FingerprintKey is not set.");
            }
            foreach (var (criterion, backend) in p.InspectorBackends)
            {
                if (backend is not (InspectorBackends.Model or InspectorBackends.Facts or InspectorBackends.Llm))
                {
                    failures.Add($"{where}:{policy}:InspectorBackends:{criterion} is '{backend}'; it must be model, facts or llm.");
                }
                else if (backend == InspectorBackends.Llm && !judge.Value.IsConfigured)
                {
                    failures.Add($"{where}:{policy}:InspectorBackends:{criterion} is llm but InspectorLlm:Provider is none.");
                }
                else if (backend == InspectorBackends.Llm && judge.Value.PrinciplesOf(criterion) is null)
                {
                    failures.Add($"{where}:{policy}:InspectorBackends:{criterion} is llm but InspectorLlm:Principles:{criterion} is not set.");
                }
            }
            foreach (var (criterion, backend) in p.AlignerBackends)
            {
                if (!AlignerBackends.UsesLlm(backend))
                {
                    continue;
                }
                if (!llm.Value.IsConfigured)
                {
                    failures.Add($"{where}:{policy}:AlignerBackends:{criterion} is {backend} but AlignerLlm:Provider is none.");
                }
                else if (llm.Value.PrinciplesOf(criterion) is null)
                {
                    failures.Add($"{where}:{policy}:AlignerBackends:{criterion} is {backend} but AlignerLlm:Principles:{criterion} is not set.");
                }
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
