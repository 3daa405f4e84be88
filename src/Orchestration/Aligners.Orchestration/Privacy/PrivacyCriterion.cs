using Aligners.Inference.Privacy;

namespace Aligners.Orchestration.Privacy;

/// <summary>
/// The <c>privacy</c> criterion, built into the app rather than served by a model: its inspector is
/// the <see cref="PrivacyScanner"/> (P(aligned) that the answer holds no personal data or secret)
/// and its aligner the <see cref="Redactor"/>. Both are pure rules that run in the app's own
/// process: the policy's allow-list and the fingerprint key live there, and no value travels to an
/// inference server or an LLM to be checked.
/// </summary>
/// <remarks>
/// It is known to every request but checked only where a request or its policy names it: the
/// criteria of a request that names none are the models' (ethical, factuality, helpful), so that
/// adding it changed no existing instance's criteria, scores or output.
/// </remarks>
public static class PrivacyCriterion
{
    /// <summary>The criterion's name.</summary>
    public const string Name = "privacy";

    /// <summary>Its threshold unless the policy names one: any finding of 0.5 or more flags the answer.</summary>
    public const double Threshold = PrivacyScore.Threshold;

    /// <summary>Its aligner's name, as a rewrite records it.</summary>
    public const string AlignerName = "privacy-redactor";
}
