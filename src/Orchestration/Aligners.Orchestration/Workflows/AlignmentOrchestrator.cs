using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Facts;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
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
public sealed partial class AlignmentOrchestrator : TaskOrchestrator<AlignmentInput, AlignmentOutput>
{
    /// <inheritdoc />
    public override async Task<AlignmentOutput> RunAsync(TaskOrchestrationContext context, AlignmentInput input)
    {
        // Personal data is put behind placeholders before anything is recorded or sent upstream.
        var guarded = await ProtectAsync(context, input);
        // The record is opened before any step: a step of the first round appending alongside it
        // would race the others for the blob, which measured slower than this one activity.
        await context.CallActivityAsync(WorkflowNames.RecordAudit, new AuditCall("started", AuditTypes.Started, Started(input, guarded)),
            input.Retries.Storage.ToTaskOptions());
        try
        {
            var recorded = await AlignAsync(context, input, guarded);
            var output = recorded;
            if (guarded is not null)
            {
                (recorded, output) = await ReleaseAsync(context, input, guarded, recorded);
            }
            context.SetCustomStatus(new AlignmentProgress("completed"));
            // The record keeps the texts as the pipeline handled them; the caller gets them released.
            await EndAsync(context, input, new AuditCall("completed", AuditTypes.Completed,
                new JsonObject { ["output"] = JsonSerializer.SerializeToNode(recorded, WorkflowJson.Options) }), "Completed", output, null);
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

    /// <summary>The squad on the request as <paramref name="guarded"/> left it (with placeholders in the redacting privacy modes).</summary>
    private static async Task<AlignmentOutput> AlignAsync(TaskOrchestrationContext context, AlignmentInput input, ProtectedRequest? guarded)
    {
        var prompt = guarded?.Prompt ?? input.Request.Prompt;
        var policy = input.Policy;
        var vault = guarded?.Vault;
        var timings = new List<ActivityTiming>();
        if (guarded is not null)
        {
            timings.Add(new ActivityTiming("privacy:protect", WorkflowNames.ProtectPrompt, guarded.DurationMs));
        }
        var text = guarded is null ? input.Request.Response : guarded.Response;
        UpstreamAnswer? upstream = null;
        if (text is null)
        {
            context.SetCustomStatus(new AlignmentProgress("llm"));
            var answer = await context.CallActivityAsync<LlmAnswer>(WorkflowNames.CallLlm, new LlmCall(prompt, guarded?.Chat ?? input.Request.Chat),
                input.Retries.Llm.ToTaskOptions());
            timings.Add(new ActivityTiming("llm", WorkflowNames.CallLlm, answer.DurationMs));
            text = answer.Text;
            upstream = new UpstreamAnswer(answer.Model, answer.InputTokens, answer.OutputTokens);
        }
        var original = text;

        context.SetCustomStatus(new AlignmentProgress("inspecting"));
        var (first, facts, answerPrivacy) = await InspectAllAsync(context, input, prompt, text, version: 0, timings);
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
                    new AlignCall(prompt, text, criterion, version, backend, findings.GetValueOrDefault(criterion),
                        backend == AlignerBackends.Redactor ? policy.Privacy : null, backend == AlignerBackends.Redactor ? vault : null),
                    (AlignerBackends.UsesLlm(backend) ? input.Retries.Llm : input.Retries.Inference).ToTaskOptions());
            }
            catch (TaskFailedException e) when (AlignerBackends.UsesLlm(backend))
            {
                // An outside LLM failing (after its retries) leaves the criterion unresolved; the answer stands.
                var reason = $"the LLM aligner failed: {e.FailureDetails.ErrorMessage}";
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, reason));
                unresolved.Add(new Unresolved(criterion, "aligner", reason));
                continue;
            }
            timings.Add(new ActivityTiming($"align:{version}:{criterion}", WorkflowNames.Align, rewrite.DurationMs));
            if (rewrite.Declined is { } declined)
            {
                // The refusal aligner found no harmful request to refuse: nothing to inspect or gate.
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, declined));
                unresolved.Add(new Unresolved(criterion, "declined", declined));
                continue;
            }
            context.SetCustomStatus(new AlignmentProgress("reinspecting"));
            // The gate's inputs at once: every inspector on the rewrite, and its topic against the replaced text's
            // (not for a redaction, which changes no topic: the gate judges it by its own criterion alone).
            var redaction = rewrite.Backend == AlignerBackends.Redactor;
            var inspecting = InspectAllAsync(context, input, prompt, rewrite.Text, version, timings);
            var comparing = redaction ? Task.FromResult<TopicSimilarity?>(null) : context.CallActivityAsync<TopicSimilarity?>(WorkflowNames.CompareTopic,
                new TopicCall(prompt, text, rewrite.Text, criterion, version), input.Retries.Inference.ToTaskOptions());
            await Task.WhenAll(inspecting, comparing);
            var (candidateScores, candidateFindings, _) = inspecting.Result;
            var topic = comparing.Result;
            if (topic is not null)
            {
                timings.Add(new ActivityTiming($"topic:{version}:{criterion}", WorkflowNames.CompareTopic, topic.DurationMs));
            }
            var verdict = rewrite.Empty
                ? GateVerdict.Refuse("well-formed", "the aligner returned nothing")
                : AcceptanceGate.Evaluate(new Candidate(criterion, rewrite.Text, rewrite.FinishReason == "length", scores, candidateScores,
                    topic?.PromptToRewrite, topic?.PromptToPrevious, rewrite.StockMatches, topic?.Restatement, topic?.PromptToRestatement,
                    rewrite.Backend == AlignerBackends.Facts, rewrite.Confidence, text, redaction), policy);
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
                    (scores, findings, _) = await InspectAllAsync(context, input, prompt, text, version, timings);
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
            Privacy = guarded is null && answerPrivacy is null ? null
                : new PrivacyReport(policy.Privacy.Mode, guarded?.Findings ?? [], answerPrivacy ?? [], []),
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

    /// <summary>
    /// The inspector fan-out: one activity per criterion, awaited together; the scores, the fact
    /// checker's findings by criterion, and the privacy scanner's findings where it ran.
    /// </summary>
    private static async Task<(Dictionary<string, double> Scores, Dictionary<string, IReadOnlyList<FactFinding>> Findings, IReadOnlyList<PrivacyMark>? Privacy)> InspectAllAsync(
        TaskOrchestrationContext context, AlignmentInput input, string prompt, string text, int version, List<ActivityTiming> timings)
    {
        var results = await Task.WhenAll(input.Criteria.Select(c => context.CallActivityAsync<InspectorScore>(WorkflowNames.Inspect,
            new InspectCall(prompt, text, c, version, input.Policy.InspectorBackendOf(c), c == PrivacyCriterion.Name ? input.Policy.Privacy : null),
            input.Retries.Inference.ToTaskOptions())));
        timings.AddRange(results.Select(r => new ActivityTiming($"inspect:{version}:{r.Criterion}", WorkflowNames.Inspect, r.DurationMs)));
        return (results.ToDictionary(r => r.Criterion, r => r.Score),
            results.Where(r => r.Findings is { Count: > 0 }).ToDictionary(r => r.Criterion, r => r.Findings!),
            input.Criteria.Contains(PrivacyCriterion.Name) ? results.Single(r => r.Criterion == PrivacyCriterion.Name).Privacy ?? [] : null);
    }

    /// <summary>The record's first entry: the request as the pipeline goes on with it (with placeholders where the policy redacts), and what was found in it.</summary>
    private static JsonObject Started(AlignmentInput input, ProtectedRequest? guarded)
    {
        var started = new JsonObject
        {
            ["request"] = JsonSerializer.SerializeToNode(guarded is null ? input.Request
                : input.Request with { Prompt = guarded.Prompt, Chat = guarded.Chat, Response = guarded.Response }, WorkflowJson.Options),
            ["criteria"] = JsonSerializer.SerializeToNode(input.Criteria, WorkflowJson.Options),
            ["policy"] = JsonSerializer.SerializeToNode(input.Policy, WorkflowJson.Options),
            ["tenant"] = input.Tenant,
            ["jobId"] = input.JobId,
            ["replyTo"] = input.ReplyTo,
            ["requestSha256"] = input.RequestSha256,
        };
        if (guarded is not null)
        {
            started["privacy"] = JsonSerializer.SerializeToNode(guarded.Findings, WorkflowJson.Options);
        }
        return started;
    }
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
