using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Instances;

/// <summary>The policies requests can name, and which one applies when they name none.</summary>
public sealed class AlignmentOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Alignment";

    /// <summary>The policy of requests that name none.</summary>
    public string DefaultPolicy { get; set; } = "default";

    /// <summary>Policies by name. When empty, one built-in <c>default</c> policy (threshold 0.5, up to 3 rewrites, re-inspection on).</summary>
    public Dictionary<string, AlignmentPolicy> Policies { get; set; } = [];

    /// <summary>The policy called <paramref name="name"/> (the default when null), with its name filled in; null when unknown.</summary>
    public AlignmentPolicy? Resolve(string? name)
    {
        name ??= DefaultPolicy;
        if (Policies.Count == 0)
        {
            return name == "default" ? new AlignmentPolicy() : null;
        }
        return Policies.TryGetValue(name, out var p) ? p with { Name = name } : null;
    }

    /// <summary>Every policy name.</summary>
    public IEnumerable<string> Names => Policies.Count == 0 ? ["default"] : Policies.Keys;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Resolve(DefaultPolicy) is null)
        {
            yield return new ValidationResult($"Alignment:DefaultPolicy '{DefaultPolicy}' is not among Alignment:Policies.", [nameof(DefaultPolicy)]);
        }
        foreach (var r in ValidatePolicies(Policies, "Alignment:Policies"))
        {
            yield return r;
        }
    }

    /// <summary>The checks of a set of policies; <paramref name="prefix"/> locates them in configuration.</summary>
    public static IEnumerable<ValidationResult> ValidatePolicies(IReadOnlyDictionary<string, AlignmentPolicy> policies, string prefix)
    {
        foreach (var (name, policy) in policies)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(policy, new ValidationContext(policy), results, true);
            Validator.TryValidateObject(policy.Gate, new ValidationContext(policy.Gate), results, true);
            Validator.TryValidateObject(policy.Review, new ValidationContext(policy.Review), results, true);
            Validator.TryValidateObject(policy.Privacy, new ValidationContext(policy.Privacy), results, true);
            foreach (var r in results)
            {
                yield return new ValidationResult($"{prefix}:{name}: {r.ErrorMessage}", [name]);
            }
            foreach (var problem in policy.Privacy.Problems())
            {
                yield return new ValidationResult($"{prefix}:{name}:{problem}", [name]);
            }
            // The privacy criterion's inspector and aligner are fixed: an LLM judge or aligner would be sent the very values it protects.
            if (policy.AlignerBackends.ContainsKey(Privacy.PrivacyCriterion.Name) || policy.InspectorBackends.ContainsKey(Privacy.PrivacyCriterion.Name))
            {
                yield return new ValidationResult($"{prefix}:{name}: the privacy criterion's inspector and aligner are built in (the scanner and the redactor); " +
                    "AlignerBackends:privacy and InspectorBackends:privacy cannot be set.", [name]);
            }
            if (policy.OnUnresolved == UnresolvedActions.Fallback && policy.FallbackTexts.Count == 0)
            {
                yield return new ValidationResult($"{prefix}:{name}:OnUnresolved is fallback but FallbackTexts is empty.", [name]);
            }
            foreach (var (criterion, backend) in policy.AlignerBackends)
            {
                if (AlignerBackends.Problem(criterion, backend) is { } problem)
                {
                    yield return new ValidationResult($"{prefix}:{name}:AlignerBackends:{criterion} {problem}.", [name]);
                }
            }
            foreach (var (criterion, threshold) in policy.Thresholds)
            {
                if (threshold is < 0 or > 1 || double.IsNaN(threshold))
                {
                    yield return new ValidationResult($"{prefix}:{name}:Thresholds:{criterion} must be between 0 and 1.", [name]);
                }
            }
        }
    }
}
