using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Facts;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// One answer through the pipeline (Ngweta et al.): get the answer (given, or from the upstream
/// LLM), score it with every inspector at once, then visit the criteria in the squad's order; an
/// aligner rewrites only where its gate opens, and after each rewrite all inspectors score again.
/// Every step is also recorded in the instance's audit record, by the activity that did it.
/// </summary>
/// <remarks>
/// An orchestrator is replayed from the engine's history: everything here must be deterministic.
/// The decisions are the pure functions of <see cref="Squad"/>; time, I/O and models live in the
/// activities.
/// </remarks>
public sealed class AlignmentOrchestrator : TaskOrchestrator<AlignmentInput, AlignmentOutput>
{
    /// <inheritdoc />
    public override async Task<AlignmentOutput> RunAsync(TaskOrchestrationContext context, AlignmentInput input)
    {
        // The record is opened before any step: a step of the first round appending alongside it
        // would race the others for the blob, which measured slower than this one activity.
        await context.CallActivityAsync(WorkflowNames.RecordAudit, new AuditCall("started", AuditTypes.Started, Started(input)),
            input.Retries.Storage.ToTaskOptions());
        try
        {
            var output = await AlignAsync(context, input);
            context.SetCustomStatus(new AlignmentProgress("completed"));
            await EndAsync(context, input, new AuditCall("completed", AuditTypes.Completed,
                new JsonObject { ["output"] = JsonSerializer.SerializeToNode(output, WorkflowJson.Options) }), "Completed", output, null);
            return output;
        }
        catch (TaskFailedException e)
        {
            var error = $"{e.TaskName} failed: {e.FailureDetails.ErrorMessage}";
            context.SetCustomStatus(new AlignmentProgress("failed"));
            await EndAsync(context, input, new AuditCall("failed", AuditTypes.Failed,
                new JsonObject { ["error"] = error, ["errorType"] = e.FailureDetails.ErrorType }), "Failed", null, error);
            throw;
        }
    }

    /// <summary>The last step: the record's closing entry, and for the queue path the result in the same activity.</summary>
    private static Task EndAsync(TaskOrchestrationContext context, AlignmentInput input, AuditCall closing, string status, AlignmentOutput? output, string? error) =>
        input.ReplyTo is { } requestId
            ? context.CallActivityAsync(WorkflowNames.DeliverResult, new Delivery(requestId, context.InstanceId, status, output, error, Record: closing),
                input.Retries.Storage.ToTaskOptions())
            : context.CallActivityAsync(WorkflowNames.RecordAudit, closing, input.Retries.Storage.ToTaskOptions());

    private static async Task<AlignmentOutput> AlignAsync(TaskOrchestrationContext context, AlignmentInput input)
    {
        var prompt = input.Request.Prompt;
        var policy = input.Policy;
        var timings = new List<ActivityTiming>();
        var text = input.Request.Response;
        UpstreamAnswer? upstream = null;
        if (text is null)
        {
            context.SetCustomStatus(new AlignmentProgress("llm"));
            var answer = await context.CallActivityAsync<LlmAnswer>(WorkflowNames.CallLlm, new LlmCall(prompt, input.Request.Chat), input.Retries.Llm.ToTaskOptions());
            timings.Add(new ActivityTiming("llm", WorkflowNames.CallLlm, answer.DurationMs));
            text = answer.Text;
            upstream = new UpstreamAnswer(answer.Model, answer.InputTokens, answer.OutputTokens);
        }
        var original = text;

        context.SetCustomStatus(new AlignmentProgress("inspecting"));
        var (first, facts) = await InspectAllAsync(context, input, text, version: 0, timings);
        var scores = first;
        var findings = facts;
        var version = 0;
        var steps = new List<SquadStep>();
        var applied = new List<string>();
        var unresolved = new List<Unresolved>();
        foreach (var criterion in Squad.Order(input.Criteria, first, policy))
        {
            var threshold = policy.ThresholdOf(criterion);
            var gating = policy.Reinspect ? scores : first;
            var score = gating[criterion];
            if (Squad.Visit(score, threshold, version, policy.MaxRewrites) is { } outcome)
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, outcome));
                if (outcome == SquadOutcomes.NoRewritesLeft)
                {
                    unresolved.Add(new Unresolved(criterion, outcome, $"the policy allows {policy.MaxRewrites} rewrites and they are used"));
                }
                continue;
            }
            context.SetCustomStatus(new AlignmentProgress($"aligning:{criterion}"));
            version++;
            var backend = policy.AlignerBackendOf(criterion);
            Rewrite rewrite;
            try
            {
                rewrite = await context.CallActivityAsync<Rewrite>(WorkflowNames.Align,
                    new AlignCall(prompt, text, criterion, version, backend, findings.GetValueOrDefault(criterion)),
                    (backend == AlignerBackends.Llm ? input.Retries.Llm : input.Retries.Inference).ToTaskOptions());
            }
            catch (TaskFailedException e) when (backend == AlignerBackends.Llm)
            {
                // An outside LLM failing (after its retries) leaves the criterion unresolved; the answer stands.
                var reason = $"the LLM aligner failed: {e.FailureDetails.ErrorMessage}";
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, reason));
                unresolved.Add(new Unresolved(criterion, "aligner", reason));
                continue;
            }
            timings.Add(new ActivityTiming($"align:{version}:{criterion}", WorkflowNames.Align, rewrite.DurationMs));
            context.SetCustomStatus(new AlignmentProgress("reinspecting"));
            // The gate's inputs at once: every inspector on the rewrite, and its topic against the replaced text's.
            var inspecting = InspectAllAsync(context, input, rewrite.Text, version, timings);
            var comparing = context.CallActivityAsync<TopicSimilarity>(WorkflowNames.CompareTopic,
                new TopicCall(prompt, text, rewrite.Text, criterion, version), input.Retries.Inference.ToTaskOptions());
            await Task.WhenAll(inspecting, comparing);
            var (candidateScores, candidateFindings) = inspecting.Result;
            var topic = comparing.Result;
            timings.Add(new ActivityTiming($"topic:{version}:{criterion}", WorkflowNames.CompareTopic, topic.DurationMs));
            var verdict = rewrite.Empty
                ? GateVerdict.Refuse("well-formed", "the aligner returned nothing")
                : AcceptanceGate.Evaluate(new Candidate(criterion, rewrite.Text, rewrite.FinishReason == "length", scores, candidateScores,
                    topic.PromptToRewrite, topic.PromptToPrevious, rewrite.StockMatches, topic.Restatement, topic.PromptToRestatement,
                    rewrite.Backend == AlignerBackends.Facts, rewrite.Confidence, text), policy);
            if (verdict.Accepted)
            {
                text = rewrite.Text;
                scores = candidateScores;
                findings = candidateFindings;
                applied.Add(criterion);
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: true, SquadOutcomes.Rewritten));
            }
            else
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, verdict.Reason));
                unresolved.Add(new Unresolved(criterion, verdict.Check!, verdict.Reason!, rewrite.Empty ? null : rewrite.Text));
            }
        }
        var heldForReview = false;
        if (unresolved.Count > 0)
        {
            switch (policy.OnUnresolved)
            {
                case UnresolvedActions.Fallback when unresolved.Select(u => policy.FallbackTexts.GetValueOrDefault(u.Criterion)).FirstOrDefault(t => t is not null) is { } fallback:
                    version++;
                    context.SetCustomStatus(new AlignmentProgress("fallback"));
                    text = fallback;
                    (scores, findings) = await InspectAllAsync(context, input, text, version, timings);
                    break;
                case UnresolvedActions.Review:
                    heldForReview = true;
                    break;
            }
        }
        // Shadow mode: everything above ran and is reported; the caller gets the answer as it came.
        var returned = policy.Shadow ? original : text;
        var output = new AlignmentOutput
        {
            Prompt = prompt,
            Response = original,
            Aligned = returned,
            Changed = returned != original,
            Shadow = policy.Shadow,
            ShadowRewrite = policy.Shadow && text != original ? text : null,
            Tenant = input.Tenant,
            Upstream = upstream,
            Scores = input.Criteria.ToDictionary(c => c, c => new CriterionScores(first[c], scores[c])),
            Facts = [.. facts.Values.SelectMany(f => f)],
            Applied = applied,
            Unresolved = unresolved,
            HeldForReview = heldForReview,
            Steps = steps,
            Activities = timings,
            Policy = policy.Name,
            PolicyVersion = policy.Version,
            Metadata = input.Request.Metadata,
        };
        var reasons = ReviewTriage.Reasons(output, policy);
        if (reasons.Count == 0)
        {
            return output;
        }
        output = output with { QueuedForReview = true, ReviewReasons = [.. reasons.Select(r => r.Text)] };
        context.SetCustomStatus(new AlignmentProgress("queueing-review"));
        await context.CallActivityAsync(WorkflowNames.QueueReview, new ReviewCall(output, [.. reasons.Select(r => r.Criterion).Distinct()]),
            input.Retries.Storage.ToTaskOptions());
        return output;
    }

    /// <summary>The inspector fan-out: one activity per criterion, awaited together; the scores, and the fact checker's findings by criterion.</summary>
    private static async Task<(Dictionary<string, double> Scores, Dictionary<string, IReadOnlyList<FactFinding>> Findings)> InspectAllAsync(
        TaskOrchestrationContext context, AlignmentInput input, string text, int version, List<ActivityTiming> timings)
    {
        var results = await Task.WhenAll(input.Criteria.Select(c => context.CallActivityAsync<InspectorScore>(WorkflowNames.Inspect,
            new InspectCall(input.Request.Prompt, text, c, version, input.Policy.InspectorBackendOf(c)), input.Retries.Inference.ToTaskOptions())));
        timings.AddRange(results.Select(r => new ActivityTiming($"inspect:{version}:{r.Criterion}", WorkflowNames.Inspect, r.DurationMs)));
        return (results.ToDictionary(r => r.Criterion, r => r.Score),
            results.Where(r => r.Findings is { Count: > 0 }).ToDictionary(r => r.Criterion, r => r.Findings!));
    }

    private static JsonObject Started(AlignmentInput input) => new()
    {
        ["request"] = JsonSerializer.SerializeToNode(input.Request, WorkflowJson.Options),
        ["criteria"] = JsonSerializer.SerializeToNode(input.Criteria, WorkflowJson.Options),
        ["policy"] = JsonSerializer.SerializeToNode(input.Policy, WorkflowJson.Options),
        ["tenant"] = input.Tenant,
        ["jobId"] = input.JobId,
        ["replyTo"] = input.ReplyTo,
        ["requestSha256"] = input.RequestSha256,
    };
}

/// <summary>The JSON settings of workflow payloads written outside the engine (audit data, result blobs).</summary>
public static class WorkflowJson
{
    /// <summary>camelCase, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Stored and returned as UTF-8 JSON, never embedded in HTML: keep apostrophes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
