using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// How the squad treats an instance: criteria order, thresholds, how many rewrites at most, and
/// whether all inspectors re-score after each rewrite. The journal records the whole policy an
/// instance ran under, so changing configuration never changes a replay.
/// </summary>
public sealed record AlignmentPolicy
{
    /// <summary>The policy's name (its key in configuration).</summary>
    public string Name { get; init; } = "default";

    /// <summary>A version to tell revisions apart in the audit trail.</summary>
    [Required]
    public string Version { get; init; } = "1";

    /// <summary>The criteria requests under this policy check when they name none; null or empty means every criterion.</summary>
    public IReadOnlyList<string>? Criteria { get; init; }

    /// <summary>
    /// Shadow mode: inspect, rewrite and gate as usual, report the scores and the rewrite that would
    /// have been made, but return the answer unchanged.
    /// </summary>
    public bool Shadow { get; init; }

    /// <summary>Which answers go to the review queue besides those held for review.</summary>
    public ReviewSettings Review { get; init; } = new();

    /// <summary>A fixed visiting order; null or empty orders criteria by their first scores, lowest first.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>
    /// Per-criterion thresholds. A criterion not listed uses its inspector manifest's calibrated
    /// threshold (filled in when a request is accepted, so the instance records it), else <see cref="DefaultThreshold"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>The threshold for criteria neither in <see cref="Thresholds"/> nor with a calibrated threshold in their inspector's manifest.</summary>
    [Range(0.0, 1.0)]
    public double DefaultThreshold { get; init; } = 0.5;

    /// <summary>The most aligner runs per instance.</summary>
    [Range(0, 100)]
    public int MaxRewrites { get; init; } = 3;

    /// <summary>
    /// Gate each next criterion on the scores of the current text (true), or on the first scores
    /// (false). Every rewrite is scored either way: the acceptance gate needs its scores.
    /// </summary>
    public bool Reinspect { get; init; } = true;

    /// <summary>What happens to an answer with an unresolved criterion: <c>keep</c> it, replace it with the criterion's <c>fallback</c> text, or hold it for <c>review</c>.</summary>
    [RegularExpression("^(keep|fallback|review)$", ErrorMessage = "OnUnresolved must be keep, fallback or review.")]
    public string OnUnresolved { get; init; } = UnresolvedActions.Keep;

    /// <summary>
    /// What an inspector, bundled aligner or encoder that still fails after its retries does: <c>fail</c>
    /// the instance (the default), or leave the criterion <c>unresolved</c> with the reason and go on,
    /// which then meets <see cref="OnUnresolved"/> and <see cref="Review"/> like any unresolved criterion.
    /// An LLM aligner's failure leaves its criterion unresolved either way.
    /// </summary>
    [RegularExpression("^(fail|unresolved)$", ErrorMessage = "OnFailure must be fail or unresolved.")]
    public string OnFailure { get; init; } = FailureActions.Fail;

    /// <summary>Per criterion, the text that replaces an answer left unresolved when <see cref="OnUnresolved"/> is <c>fallback</c> (e.g. a polite refusal for ethical).</summary>
    public IReadOnlyDictionary<string, string> FallbackTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Per criterion, which aligner rewrites: <c>model</c> (the bundled or configured model, the
    /// default) or <c>llm</c> (the chat model of <c>AlignerLlm</c>); for ethical also <c>refuse</c>
    /// (a refusal grounded in the prompt's request, where the prompt asks for harm; otherwise the
    /// criterion is left unresolved) or <c>refuse-llm</c> (the same, with the LLM aligner where no
    /// refusal fits). Whichever writes it, the rewrite passes the gate.
    /// </summary>
    public IReadOnlyDictionary<string, string> AlignerBackends { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Per criterion, which inspector scores: <c>model</c> (the bundled or configured model),
    /// <c>facts</c> (the model combined with the fact checker, which decides where a claim falls in
    /// its knowledge domains) or <c>llm</c> (the judge of <c>InspectorLlm</c>). Criteria not listed
    /// use <c>facts</c> for factuality and <c>model</c> otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, string> InspectorBackends { get; init; } = new Dictionary<string, string>();

    /// <summary>The acceptance gate's numbers: what a rewrite must satisfy to replace the text.</summary>
    public GateSettings Gate { get; init; } = new();

    /// <summary>Personal data and secrets: on the way to the upstream LLM and back, and for the <c>privacy</c> criterion.</summary>
    public PrivacySettings Privacy { get; init; } = new();

    /// <summary>The preset criteria without blank entries (an empty app setting binds as one).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> PresetCriteria => [.. (Criteria ?? []).Where(c => !string.IsNullOrWhiteSpace(c))];

    /// <summary>The aligner backend of <paramref name="criterion"/>; the privacy criterion's is always the redactor.</summary>
    public string AlignerBackendOf(string criterion) =>
        criterion == Aligners.Orchestration.Privacy.PrivacyCriterion.Name ? Instances.AlignerBackends.Redactor
        : AlignerBackends.TryGetValue(criterion, out var b) ? b : Instances.AlignerBackends.Model;

    /// <summary>The inspector backend of <paramref name="criterion"/>; the privacy criterion's is always the scanner.</summary>
    public string InspectorBackendOf(string criterion) =>
        criterion == Aligners.Orchestration.Privacy.PrivacyCriterion.Name ? Instances.InspectorBackends.Scanner
        : InspectorBackends.TryGetValue(criterion, out var b) ? b
        : criterion == Instances.InspectorBackends.FactsCriterion ? Instances.InspectorBackends.Facts : Instances.InspectorBackends.Model;

    /// <summary>This policy with <paramref name="calibrated"/> thresholds for the criteria it lists none for.</summary>
    public AlignmentPolicy WithModelThresholds(IReadOnlyDictionary<string, double> calibrated)
    {
        if (calibrated.Keys.All(Thresholds.ContainsKey))
        {
            return this;
        }
        var merged = new Dictionary<string, double>(Thresholds);
        foreach (var (criterion, threshold) in calibrated)
        {
            merged.TryAdd(criterion, threshold);
        }
        return this with { Thresholds = merged };
    }

    /// <summary>The threshold of <paramref name="criterion"/>.</summary>
    public double ThresholdOf(string criterion) => Thresholds.TryGetValue(criterion, out var t) ? t : DefaultThreshold;
}

/// <summary>The values of <see cref="AlignmentPolicy.AlignerBackends"/>.</summary>
public static class AlignerBackends
{
    /// <summary>The aligner model (ONNX, in-process or on the inference server).</summary>
    public const string Model = "model";

    /// <summary>The LLM configured under <c>AlignerLlm</c>.</summary>
    public const string Llm = "llm";

    /// <summary>The fact checker's correction: each contradicted claim replaced by its expected value (chosen by the squad, not by policy).</summary>
    public const string Facts = "facts";

    /// <summary>The privacy criterion's: each finding redacted as the policy's <see cref="PrivacySettings"/> say (fixed, not a policy's choice).</summary>
    public const string Redactor = "redactor";

    /// <summary>
    /// The refusal aligner (<see cref="Aligners.Inference.Refusals.RefusalComposer"/>), for ethical only:
    /// an answer that complies with a harmful request becomes a refusal naming the request, why not and
    /// a safe alternative; where the prompt asked for nothing harmful it declines and the criterion stays unresolved.
    /// </summary>
    public const string Refuse = "refuse";

    /// <summary>The refusal aligner, and the LLM of <c>AlignerLlm</c> for what it declines (a rude reply, a stereotype).</summary>
    public const string RefuseThenLlm = "refuse-llm";

    /// <summary>The criterion the refusal aligner serves.</summary>
    public const string RefuseCriterion = "ethical";

    /// <summary>Whether <paramref name="backend"/> calls the LLM of <c>AlignerLlm</c>.</summary>
    public static bool UsesLlm(string backend) => backend is Llm or RefuseThenLlm;

    /// <summary>What is wrong with giving <paramref name="criterion"/> the aligner <paramref name="backend"/> in a policy, or null.</summary>
    public static string? Problem(string criterion, string backend) => backend switch
    {
        Model or Llm => null,
        Refuse or RefuseThenLlm when criterion == RefuseCriterion => null,
        Refuse or RefuseThenLlm => $"is '{backend}', which only the {RefuseCriterion} criterion can use (a refusal fixes no other criterion)",
        _ => $"is '{backend}'; it must be model, llm, refuse or refuse-llm",
    };
}

/// <summary>The values of <see cref="AlignmentPolicy.InspectorBackends"/>.</summary>
public static class InspectorBackends
{
    /// <summary>The inspector model alone.</summary>
    public const string Model = "model";

    /// <summary>The inspector model combined with the fact checker.</summary>
    public const string Facts = "facts";

    /// <summary>The LLM judge configured under <c>InspectorLlm</c>.</summary>
    public const string Llm = "llm";

    /// <summary>The criterion that uses <see cref="Facts"/> unless a policy says otherwise.</summary>
    public const string FactsCriterion = "factuality";

    /// <summary>The privacy criterion's: the privacy scanner (fixed, not a policy's choice).</summary>
    public const string Scanner = "scanner";
}

/// <summary>The values of <see cref="AlignmentPolicy.OnUnresolved"/>.</summary>
public static class UnresolvedActions
{
    /// <summary>Keep the answer as the last accepted rewrite left it.</summary>
    public const string Keep = "keep";

    /// <summary>Replace it with the criterion's fallback text.</summary>
    public const string Fallback = "fallback";

    /// <summary>Keep it and hold it for a reviewer.</summary>
    public const string Review = "review";
}

/// <summary>The values of <see cref="AlignmentPolicy.OnFailure"/>.</summary>
public static class FailureActions
{
    /// <summary>A failed step fails the instance.</summary>
    public const string Fail = "fail";

    /// <summary>A failed step leaves its criterion unresolved; the instance goes on.</summary>
    public const string Unresolved = "unresolved";
}

/// <summary>When an answer goes to the review queue.</summary>
public sealed record ReviewSettings
{
    /// <summary>Queue answers with an unresolved criterion.</summary>
    public bool Unresolved { get; init; } = true;

    /// <summary>
    /// Queue answers with a final score this close to its criterion's threshold (either side);
    /// 0 turns the borderline band off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double BorderlineBand { get; init; }
}

/// <summary>
/// The acceptance gate's numbers (<see cref="Decisions.AcceptanceGate"/>). The defaults come from
/// the bundled models' validation data; see docs/models.md.
/// </summary>
public sealed record GateSettings
{
    /// <summary>The most any other criterion's score may drop for a rewrite to be accepted.</summary>
    [Range(0.0, 1.0)]
    public double MaxOtherDrop { get; init; } = 0.15;

    /// <summary>The lowest encoder similarity of prompt and rewrite: below it the rewrite is off topic.</summary>
    [Range(-1.0, 1.0)]
    public double TopicFloor { get; init; } = 0.15;

    /// <summary>How much lower than the replaced text's the rewrite's similarity to the prompt may be.</summary>
    [Range(0.0, 2.0)]
    public double MaxTopicDrop { get; init; } = 0.2;

    /// <summary>
    /// The lowest encoder similarity of the prompt and the request a refusing rewrite restates
    /// ("I can't help you X."): below it the rewrite refuses something the prompt did not ask.
    /// </summary>
    [Range(-1.0, 1.0)]
    public double RestatementFloor { get; init; } = 0.35;

    /// <summary>
    /// How alike (encoder cosine) a rewrite's sentence and one of its aligner's stock sentences must
    /// be for the sentence to count as that stock sentence.
    /// </summary>
    [Range(-1.0, 1.0)]
    public double StockCopyFloor { get; init; } = 0.85;

    /// <summary>
    /// A stock sentence belongs to this prompt when one of its questions is at least this similar to
    /// the prompt; a rewrite repeating a stock sentence of other questions only is refused.
    /// </summary>
    [Range(-1.0, 1.0)]
    public double SameQuestionFloor { get; init; } = 0.6;

    /// <summary>
    /// A rewrite's sentence that shares at least this many opening words with one of its aligner's
    /// stock sentences and stops or goes elsewhere before that sentence's end is a stock sentence
    /// begun and left, refused as not well-formed; 0 turns the check off.
    /// </summary>
    [Range(0, 100)]
    public int StockOpeningWords { get; init; } = 4;

    /// <summary>
    /// The lowest mean token log-probability a bundled aligner may give its own rewrite; unset, each
    /// aligner's manifest floor (<c>confidenceFloor</c>, calibrated on validation data) applies.
    /// </summary>
    [Range(-100.0, 0.0)]
    public double? ConfidenceFloor { get; init; }

    /// <summary>The most times one word may repeat in a row.</summary>
    [Range(1, 100)]
    public int MaxRepeatedWord { get; init; } = 2;

    /// <summary>The most times a 2- to 4-word phrase may be said back to back.</summary>
    [Range(1, 100)]
    public int MaxRepeatedPhrase { get; init; } = 2;

    /// <summary>The most times one 3- or 4-word sequence may appear.</summary>
    [Range(1, 100)]
    public int MaxRepeatedNgram { get; init; } = 4;
}
