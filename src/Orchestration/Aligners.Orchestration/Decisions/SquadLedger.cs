using Aligners.Inference.Facts;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The squad's state through one answer, and its steps as pure transitions free of I/O: which
/// criterion gets a rewrite (<see cref="Visit"/>), and what an accepted rewrite
/// (<see cref="Accept"/>), a refused or failed one (<see cref="Leave"/>) or the policy's fallback
/// text (<see cref="Replace"/>) does to the text, the scores and the record. The orchestrator
/// only runs the activities between the steps.
/// </summary>
/// <remarks>
/// Mutable, but only through these methods, and deterministic: replaying an orchestration replays
/// the same transitions.
/// </remarks>
public sealed class SquadLedger
{
    private readonly AlignmentPolicy policy;
    private readonly List<string> applied = [];
    private readonly List<Unresolved> unresolved = [];
    private readonly List<SquadStep> steps = [];
    private (string Criterion, double Score, double Threshold)? visiting;

    /// <summary>The squad on <paramref name="text"/>, whose first round of scores and findings are given, under <paramref name="policy"/>.</summary>
    public SquadLedger(string text, IReadOnlyDictionary<string, double> first, IReadOnlyDictionary<string, IReadOnlyList<FactFinding>> findings,
        AlignmentPolicy policy, IEnumerable<Unresolved>? unscored = null)
    {
        this.policy = policy;
        Text = text;
        First = first;
        Scores = first;
        Findings = findings;
        unresolved.AddRange(unscored ?? []);
    }

    /// <summary>The text as it stands.</summary>
    public string Text { get; private set; }

    /// <summary>The first round's scores: the answer as it came.</summary>
    public IReadOnlyDictionary<string, double> First { get; }

    /// <summary>The scores of <see cref="Text"/>.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; private set; }

    /// <summary>The fact checker's findings on <see cref="Text"/>, by criterion.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FactFinding>> Findings { get; private set; }

    /// <summary>How many versions the text has had after the answer (each rewrite asked for, and the fallback).</summary>
    public int Version { get; private set; }

    /// <summary>Criteria whose rewrite was accepted, in order.</summary>
    public IReadOnlyList<string> Applied => applied;

    /// <summary>Criteria left unresolved, with why.</summary>
    public IReadOnlyList<Unresolved> Unresolved => unresolved;

    /// <summary>Every visit and what it came to.</summary>
    public IReadOnlyList<SquadStep> Steps => steps;

    /// <summary>
    /// Visits <paramref name="criterion"/>: the version to ask its aligner for, or null where it
    /// passes (under <see cref="AlignmentPolicy.Reinspect"/> by its latest score, else its first) or
    /// the policy's rewrites are used up, which is recorded here.
    /// </summary>
    public int? Visit(string criterion)
    {
        var threshold = policy.ThresholdOf(criterion);
        var score = (policy.Reinspect ? Scores : First)[criterion];
        if (Squad.Visit(score, threshold, Version, policy.MaxRewrites) is { } outcome)
        {
            steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, outcome));
            if (outcome == SquadOutcomes.NoRewritesLeft)
            {
                unresolved.Add(new Unresolved(criterion, outcome, $"the policy allows {policy.MaxRewrites} rewrites and they are used"));
            }
            return null;
        }
        visiting = (criterion, score, threshold);
        return ++Version;
    }

    /// <summary>The visited criterion's rewrite passed the gate: it is the text now, with its scores and findings.</summary>
    public void Accept(string rewrite, IReadOnlyDictionary<string, double> scores, IReadOnlyDictionary<string, IReadOnlyList<FactFinding>> findings)
    {
        var (criterion, score, threshold) = Visiting();
        Text = rewrite;
        Scores = scores;
        Findings = findings;
        applied.Add(criterion);
        steps.Add(new SquadStep(criterion, score, threshold, Aligned: true, SquadOutcomes.Rewritten));
    }

    /// <summary>The visited criterion stays unresolved (the gate refused its rewrite, or a step failed): the text stands.</summary>
    public void Leave(Unresolved why)
    {
        var (criterion, score, threshold) = Visiting();
        steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, why.Reason));
        unresolved.Add(why);
    }

    /// <summary>
    /// The fallback text the policy gives for the first unresolved criterion that has one, or null
    /// where the policy does not fall back or none of them has a text.
    /// </summary>
    public string? Fallback() =>
        unresolved.Count > 0 && policy.OnUnresolved == UnresolvedActions.Fallback
            ? unresolved.Select(u => policy.FallbackTexts.GetValueOrDefault(u.Criterion)).FirstOrDefault(t => t is not null)
            : null;

    /// <summary>Whether the answer is held for a reviewer: something is unresolved and the policy says review.</summary>
    public bool HeldForReview => unresolved.Count > 0 && policy.OnUnresolved == UnresolvedActions.Review;

    /// <summary>The fallback replaced the text as a new version; its scores (where inspectors failed on it, why) come with it.</summary>
    public void Replace(string fallback, IReadOnlyDictionary<string, double> scores, IReadOnlyDictionary<string, IReadOnlyList<FactFinding>> findings,
        IEnumerable<Unresolved> unscored)
    {
        Version++;
        Text = fallback;
        Scores = scores;
        Findings = findings;
        unresolved.AddRange(unscored);
    }

    private (string Criterion, double Score, double Threshold) Visiting()
    {
        var current = visiting ?? throw new InvalidOperationException("no criterion is being visited");
        visiting = null;
        return current;
    }
}
