using System.Text.Json;
using Aligners.Inference.Facts;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

// The squad's steps as activity calls. A step that still fails after its retries either fails the
// instance (the exception goes on up) or, where StepFailures.Tolerates says so, comes back as a
// failure for the squad to leave its criterion unresolved.
public sealed partial class AlignmentOrchestrator
{
    /// <summary>An inspector that failed (after its retries) in a round the policy lets go on without it.</summary>
    private sealed record FailedInspection(string Criterion, string Error);

    /// <summary>
    /// One round of inspection: the scores, the fact checker's findings by criterion, the privacy
    /// scanner's findings where it ran (null where the privacy criterion is not inspected or its
    /// inspector failed), and the inspectors that failed.
    /// </summary>
    private sealed record Inspection(Dictionary<string, double> Scores, Dictionary<string, IReadOnlyList<FactFinding>> Findings,
        IReadOnlyList<PrivacyMark>? Privacy, IReadOnlyList<FailedInspection> Failures);

    /// <summary>
    /// The inspector fan-out: one activity per criterion of <paramref name="criteria"/>, awaited
    /// together; their scores, in the criteria's order, onto <paramref name="backlog"/> for the next
    /// recording step to append in one request.
    /// </summary>
    private static async Task<Inspection> InspectAllAsync(TaskOrchestrationContext context, AlignmentInput input, IReadOnlyList<string> criteria,
        string prompt, string text, int version, List<ActivityTiming> timings, AuditBacklog backlog)
    {
        var calls = criteria.Select(c => InspectAsync(context, input, c, prompt, text, version)).ToList();
        try
        {
            await Task.WhenAll(calls);
        }
        finally
        {
            // Where an inspector fails the instance, the scores the others gave still reach the record, with the failure.
            backlog.Add(calls.Where(c => c.IsCompletedSuccessfully && c.Result.Score is not null).Select(c => Inspected(c.Result.Score!)));
        }
        var results = calls.Select(c => c.Result).ToList();
        var scores = results.Where(r => r.Score is not null).Select(r => r.Score!).ToList();
        timings.AddRange(scores.Select(r => new ActivityTiming($"inspect:{version}:{r.Criterion}", InspectActivity.TaskName, r.DurationMs)));
        return new Inspection(scores.ToDictionary(r => r.Criterion, r => r.Score),
            scores.Where(r => r.Findings is { Count: > 0 }).ToDictionary(r => r.Criterion, r => r.Findings!),
            scores.FirstOrDefault(r => r.Criterion == PrivacyCriterion.Name) is { } privacy ? privacy.Privacy ?? [] : null,
            [.. results.Where(r => r.Failure is not null).Select(r => r.Failure!)]);
    }

    private static async Task<(InspectorScore? Score, FailedInspection? Failure)> InspectAsync(TaskOrchestrationContext context, AlignmentInput input,
        string criterion, string prompt, string text, int version)
    {
        var backend = input.Policy.InspectorBackendOf(criterion);
        try
        {
            return (await context.InspectAsync(new InspectCall(prompt, text, criterion, version, backend,
                criterion == PrivacyCriterion.Name ? input.Policy.Privacy : null),
                input.Retries.Inference.ToTaskOptions()), null);
        }
        catch (TaskFailedException e) when (StepFailures.Tolerates(input.Policy, StepFailures.Inspector, backend))
        {
            return (null, new FailedInspection(criterion, e.FailureDetails.ErrorMessage));
        }
    }

    /// <summary>An inspection's audit entry, as the history has the score.</summary>
    private static AuditCall Inspected(InspectorScore score) => new($"inspect:{score.Version}:{score.Criterion}", AuditTypes.Inspected,
        JsonSerializer.SerializeToNode(score, WorkflowJson.Options)!.AsObject());

    /// <summary>
    /// The criterion's aligner on the text, carrying the backlog into the record with its rewrite;
    /// where it failed and the policy goes on, why the criterion is unresolved (the backlog stays for the next step).
    /// </summary>
    private static async Task<(Rewrite? Rewrite, Unresolved? Failure)> RewriteAsync(TaskOrchestrationContext context, AlignmentInput input, AlignCall call,
        AuditBacklog backlog)
    {
        var carried = backlog.Carry();
        try
        {
            var rewrite = await context.RewriteAsync(call with { Carried = carried },
                (AlignerBackends.UsesLlm(call.Backend) ? input.Retries.Llm : input.Retries.Inference).ToTaskOptions());
            backlog.Recorded(carried);
            return (rewrite, null);
        }
        catch (TaskFailedException e) when (StepFailures.Tolerates(input.Policy, StepFailures.Aligner, call.Backend))
        {
            return (null, StepFailures.NotRewritten(call.Criterion, call.Backend, e.FailureDetails.ErrorMessage));
        }
    }

    /// <summary>The rewrite's topic against the replaced text's; where the encoder failed and the policy goes on, its error.</summary>
    private static async Task<(TopicSimilarity? Topic, string? Error)> CompareTopicAsync(TaskOrchestrationContext context, AlignmentInput input, TopicCall call)
    {
        try
        {
            return (await context.CompareTopicAsync(call, input.Retries.Inference.ToTaskOptions()), null);
        }
        catch (TaskFailedException e) when (StepFailures.Tolerates(input.Policy, StepFailures.Encoder, AlignerBackends.Model))
        {
            return (null, e.FailureDetails.ErrorMessage);
        }
    }
}
