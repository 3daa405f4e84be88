using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// What a squad step that still fails after its retries comes to, free of I/O: the instance fails,
/// or the criterion concerned is left <see cref="Unresolved"/> with the reason and the squad goes on.
/// </summary>
/// <remarks>
/// An LLM aligner's failure is always tolerated: an outside service being down must not cost the
/// caller the answer they have. An inspector's, the bundled aligner's or the encoder's failure is
/// the app's own models failing, which a policy may rather see as a failed instance (the default)
/// than as an answer passed on unchecked; <see cref="AlignmentPolicy.OnFailure"/> says which.
/// </remarks>
public static class StepFailures
{
    /// <summary>The failed step was an inspector; also the <see cref="Unresolved.Check"/> it leaves.</summary>
    public const string Inspector = "inspector";

    /// <summary>The failed step was an aligner; also the <see cref="Unresolved.Check"/> it leaves.</summary>
    public const string Aligner = "aligner";

    /// <summary>The failed step was the sentence encoder comparing a rewrite's topic; also the <see cref="Unresolved.Check"/> it leaves.</summary>
    public const string Encoder = "encoder";

    /// <summary>
    /// Whether a failure of <paramref name="step"/> (<see cref="Inspector"/>, <see cref="Aligner"/> or
    /// <see cref="Encoder"/>) run by <paramref name="backend"/> leaves its criterion unresolved (true)
    /// or fails the instance (false).
    /// </summary>
    public static bool Tolerates(AlignmentPolicy policy, string step, string backend) =>
        (step == Aligner && AlignerBackends.UsesLlm(backend)) || policy.OnFailure == FailureActions.Unresolved;

    /// <summary>The criterion's inspector failed on the answer: the criterion has no score, and no aligner runs for it.</summary>
    public static Unresolved Unscored(string criterion, string error) =>
        new(criterion, Inspector, $"its inspector failed: {error}; the criterion has no score");

    /// <summary>The criterion's aligner failed: the text stands.</summary>
    public static Unresolved NotRewritten(string criterion, string backend, string error) =>
        new(criterion, Aligner, AlignerBackends.UsesLlm(backend) ? $"the LLM aligner failed: {error}" : $"the aligner failed: {error}");

    /// <summary>
    /// An inspector scoring the criterion's rewrite (its own or <paramref name="inspected"/>'s) failed:
    /// without every score the gate cannot judge the rewrite, so the text stands.
    /// </summary>
    public static Unresolved RewriteUnscored(string criterion, string inspected, string error, string rewrite) =>
        new(criterion, Inspector, $"the rewrite could not be scored: the {inspected} inspector failed: {error}", rewrite);

    /// <summary>The encoder failed to compare the rewrite's topic with the prompt's: the gate cannot judge it, so the text stands.</summary>
    public static Unresolved TopicUncompared(string criterion, string error, string rewrite) =>
        new(criterion, Encoder, $"the rewrite's topic could not be compared: {error}", rewrite);

    /// <summary>The criterion's inspector failed on the policy's fallback text: the fallback stands, without a score for this criterion.</summary>
    public static Unresolved FallbackUnscored(string criterion, string error) =>
        new(criterion, Inspector, $"its inspector failed on the fallback text: {error}; the criterion has no score after it");
}
