using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

// What the squad comes to: the output, and the review queue where the policy's triage says so.
public sealed partial class AlignmentOrchestrator
{
    /// <summary>The output of the squad's run; in shadow mode the caller gets the answer as it came, the rest reported.</summary>
    private static AlignmentOutput Output(AlignmentInput input, ProtectedRequest? guarded, string prompt, string original, UpstreamAnswer? upstream,
        IReadOnlyList<string> scored, Inspection firstRound, SquadLedger squad, List<ActivityTiming> timings)
    {
        var policy = input.Policy;
        var returned = policy.Shadow ? original : squad.Text;
        return new AlignmentOutput
        {
            Prompt = prompt,
            Response = original,
            Aligned = returned,
            Changed = returned != original,
            Shadow = policy.Shadow,
            ShadowRewrite = policy.Shadow && squad.Text != original ? squad.Text : null,
            Tenant = input.Tenant,
            Upstream = upstream,
            Scores = scored.Where(squad.Scores.ContainsKey).ToDictionary(c => c, c => new CriterionScores(squad.First[c], squad.Scores[c])),
            Facts = [.. firstRound.Findings.Values.SelectMany(f => f)],
            Privacy = guarded is null && firstRound.Privacy is null ? null
                : new PrivacyReport(policy.Privacy.Mode, guarded?.Findings ?? [], firstRound.Privacy ?? [], []),
            Applied = [.. squad.Applied],
            Unresolved = [.. squad.Unresolved],
            HeldForReview = squad.HeldForReview,
            Steps = [.. squad.Steps],
            Activities = timings,
            Policy = policy.Name,
            PolicyVersion = policy.Version,
            Metadata = input.Request.Metadata,
        };
    }

    /// <summary>The output as it goes out: onto the review queue first where the policy's triage finds reasons.</summary>
    private static async Task<AlignmentOutput> ReviewAsync(TaskOrchestrationContext context, AlignmentInput input, AlignmentOutput output, AuditBacklog backlog)
    {
        var reasons = ReviewTriage.Reasons(output, input.Policy);
        if (reasons.Count == 0)
        {
            return output;
        }
        output = output with { QueuedForReview = true, ReviewReasons = [.. reasons.Select(r => r.Text)] };
        context.SetCustomStatus(new AlignmentProgress("queueing-review"));
        var carried = backlog.Carry();
        await context.QueueReviewAsync(new ReviewCall(output, [.. reasons.Select(r => r.Criterion).Distinct()], carried), input.Retries.Storage.ToTaskOptions());
        backlog.Recorded(carried);
        return output;
    }
}
